using YamlDotNet.RepresentationModel;

namespace MailScope.Core.ScopeBooks;

/// <summary>Errors and warnings gathered while reading one scope book file.</summary>
internal sealed class BookDiagnostics(string file)
{
    public List<ScopeBookError> Errors { get; } = [];

    public List<ScopeBookError> Warnings { get; } = [];

    /// <summary>Where each field path was read, so cross-field rules can name a line.</summary>
    public Dictionary<string, YamlNode> Positions { get; } = new(StringComparer.Ordinal);

    public void Error(string field, string message)
    {
        var (line, column) = Locate(field);
        Errors.Add(new ScopeBookError(file, line, column, field, message));
    }

    public void Warning(string field, string message)
    {
        var (line, column) = Locate(field);
        Warnings.Add(new ScopeBookError(file, line, column, field, message));
    }

    private (int Line, int Column) Locate(string field)
    {
        // Fall back to the nearest enclosing field that was read.
        for (var path = field; path.Length > 0; path = Parent(path))
        {
            if (Positions.TryGetValue(path, out var node))
            {
                return ((int)node.Start.Line, (int)node.Start.Column);
            }
        }

        return (0, 0);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    public void Error(YamlNode at, string field, string message) =>
        Errors.Add(new ScopeBookError(file, (int)at.Start.Line, (int)at.Start.Column, field, message));

    public void Warning(YamlNode at, string field, string message) =>
        Warnings.Add(new ScopeBookError(file, (int)at.Start.Line, (int)at.Start.Column, field, message));
}
