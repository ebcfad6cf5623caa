using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace MailScope.Core.ScopeBooks;

/// <summary>
/// Reads the fields of one YAML mapping, recording every problem with its line and dotted field path
/// instead of stopping at the first, so a user sees all that is wrong with a book at once.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly BookDiagnostics _diagnostics;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode node, string path, BookDiagnostics diagnostics)
    {
        _node = node;
        _path = path;
        _diagnostics = diagnostics;
    }

    public YamlNode Node => _node;

    public string Path => _path;

    public string FieldPath(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    public YamlNode? Get(string key)
    {
        _read.Add(key);
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                _diagnostics.Positions[FieldPath(key)] = v;
                return IsNull(v) ? null : v;
            }
        }

        return null;
    }

    public string? OptionalString(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode s)
        {
            return s.Value?.Trim();
        }

        _diagnostics.Error(node, FieldPath(key), "expected a single value");
        return null;
    }

    public string RequiredString(string key)
    {
        var value = OptionalString(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (Get(key) is null || value is not null)
            {
                _diagnostics.Error(Get(key) ?? _node, FieldPath(key), "is required");
            }

            return string.Empty;
        }

        return value;
    }

    public decimal? OptionalMoney(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } &&
            decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            if (value < 0)
            {
                _diagnostics.Error(node, FieldPath(key), $"must not be negative (got {text})");
            }

            return value;
        }

        _diagnostics.Error(node, FieldPath(key), $"expected a number, got '{Describe(node)}'");
        return null;
    }

    public decimal RequiredMoney(string key)
    {
        if (Get(key) is null)
        {
            _diagnostics.Error(_node, FieldPath(key), "is required");
            return 0;
        }

        return OptionalMoney(key) ?? 0;
    }

    public int? OptionalCount(string key) => ReadCount(Get(key), FieldPath(key));

    public int? ReadCount(YamlNode? node, string field)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } &&
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            if (value < 0)
            {
                _diagnostics.Error(node, field, $"must not be negative (got {text})");
            }

            return value;
        }

        _diagnostics.Error(node, field, $"expected a whole number, got '{Describe(node)}'");
        return null;
    }

    public DateOnly? OptionalDate(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } &&
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _diagnostics.Error(node, FieldPath(key), $"expected a date as YYYY-MM-DD, got '{Describe(node)}'");
        return null;
    }

    /// <summary>A single word out of a fixed set; <paramref name="known"/> lists the allowed words for the error.</summary>
    public T? OptionalChoice<T>(string key, Func<string?, T?> parse, string known)
        where T : struct
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && parse(text.Trim()) is { } value)
        {
            return value;
        }

        _diagnostics.Error(node, FieldPath(key), $"expected {known}, got '{Describe(node)}'");
        return null;
    }

    public IReadOnlyList<string> StringList(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: { } single } when single.Length > 0:
                // A lone value where a list was meant ("aliases: cv") is read as a list of one.
                return [single.Trim()];
            case YamlSequenceNode seq:
                var list = new List<string>(seq.Children.Count);
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    if (seq.Children[i] is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                    {
                        list.Add(v.Trim());
                    }
                    else
                    {
                        _diagnostics.Error(seq.Children[i], $"{FieldPath(key)}[{i}]", "expected a non-empty text value");
                    }
                }

                return list;
            default:
                _diagnostics.Error(node, FieldPath(key), "expected a list");
                return [];
        }
    }

    public IEnumerable<(YamlMappingNode Node, string Path)> MappingList(string key, bool required)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                _diagnostics.Error(_node, FieldPath(key), "is required and must list at least one entry");
            }

            yield break;
        }

        if (node is not YamlSequenceNode seq)
        {
            _diagnostics.Error(node, FieldPath(key), "expected a list");
            yield break;
        }

        if (required && seq.Children.Count == 0)
        {
            _diagnostics.Error(node, FieldPath(key), "must list at least one entry");
        }

        for (var i = 0; i < seq.Children.Count; i++)
        {
            var path = $"{FieldPath(key)}[{i}]";
            _diagnostics.Positions[path] = seq.Children[i];
            if (seq.Children[i] is YamlMappingNode map)
            {
                yield return (map, path);
            }
            else
            {
                _diagnostics.Error(seq.Children[i], path, "expected a mapping of fields");
            }
        }
    }

    public YamlFields? Child(string key, bool required)
    {
        var node = Get(key);
        if (node is YamlMappingNode map)
        {
            return new YamlFields(map, FieldPath(key), _diagnostics);
        }

        if (node is not null)
        {
            _diagnostics.Error(node, FieldPath(key), "expected a mapping of fields");
        }
        else if (required)
        {
            _diagnostics.Error(_node, FieldPath(key), "is required");
        }

        return null;
    }

    /// <summary>Unknown keys are kept as warnings: a newer book may carry optional fields this version does not know.</summary>
    public void WarnUnknownKeys()
    {
        foreach (var (k, _) in _node.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && !_read.Contains(name))
            {
                _diagnostics.Warning(k, FieldPath(name), "is not a known field and is ignored");
            }
        }
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.SingleQuoted and not YamlDotNet.Core.ScalarStyle.DoubleQuoted } s &&
        (s.Value is null || s.Value.Length == 0 || s.Value == "~" || s.Value == "null");

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? string.Empty,
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => node.NodeType.ToString(),
    };
}
