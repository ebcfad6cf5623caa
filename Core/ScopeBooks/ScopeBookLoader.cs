using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MailScope.Core.ScopeBooks;

/// <summary>
/// Loads a scope book (contract: docs/scope-book.md). A book that breaks any rule is refused
/// whole with a <see cref="ScopeBookException"/> naming file, line and field; nothing is half-loaded.
/// </summary>
public static partial class ScopeBookLoader
{
    /// <summary>Loads and validates the book at <paramref name="path"/>.</summary>
    /// <exception cref="ScopeBookException">The file is missing, unreadable or breaks a rule.</exception>
    public static ScopeBook LoadFile(string path, ICollection<ScopeBookError>? warnings = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ScopeBookException([new ScopeBookError(path, 0, 0, "(file)", $"cannot be read: {ex.Message}")]);
        }

        return Load(text, path, warnings);
    }

    /// <summary>Loads and validates a book from YAML text; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="ScopeBookException">The text breaks a rule.</exception>
    public static ScopeBook Load(string yaml, string fileName, ICollection<ScopeBookError>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var diagnostics = new BookDiagnostics(fileName);
        var root = Parse(yaml, fileName);
        var book = Read(root, fileName, diagnostics);
        if (diagnostics.Errors.Count == 0)
        {
            ScopeBookRules.Check(book, diagnostics);
        }

        if (warnings is not null)
        {
            foreach (var w in diagnostics.Warnings)
            {
                warnings.Add(w);
            }
        }

        if (diagnostics.Errors.Count > 0)
        {
            throw new ScopeBookException(diagnostics.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList());
        }

        return book;
    }

    private static YamlMappingNode Parse(string yaml, string fileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            throw new ScopeBookException([new ScopeBookError(fileName, (int)ex.Start.Line, (int)ex.Start.Column, "(yaml)", $"is not valid YAML: {StripMark(message)}")]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ScopeBookException([new ScopeBookError(fileName, 1, 1, "(document)", "expected a mapping with provider, packages and clients")]);
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            throw new ScopeBookException([new ScopeBookError(fileName, (int)second.Start.Line, 1, "(document)", "holds more than one YAML document; a scope book is one")]);
        }

        return root;
    }

    private static ScopeBook Read(YamlMappingNode root, string fileName, BookDiagnostics diagnostics)
    {
        var top = new YamlFields(root, string.Empty, diagnostics);
        var provider = ReadProvider(top.Child("provider", required: true), diagnostics);
        var packages = top.MappingList("packages", required: true).Select(p => ReadPackage(new YamlFields(p.Node, p.Path, diagnostics), diagnostics)).ToList();
        var addOns = top.MappingList("addons", required: false).Select(a => ReadAddOn(new YamlFields(a.Node, a.Path, diagnostics))).ToList();
        var retainers = top.MappingList("retainers", required: false).Select(r => ReadRetainer(new YamlFields(r.Node, r.Path, diagnostics), diagnostics)).ToList();
        var clients = top.MappingList("clients", required: false).Select(c => ReadClient(new YamlFields(c.Node, c.Path, diagnostics), diagnostics)).ToList();
        var flagConfidence = ReadJudgement(top.Child("judgement", required: false), diagnostics);
        top.WarnUnknownKeys();
        return new ScopeBook(provider, packages, addOns, retainers, clients, fileName) { FlagConfidence = flagConfidence };
    }

    /// <summary>The optional <c>judgement:</c> settings (docs/judgement.md): <c>flag_confidence</c>, a number from 0 to 1.</summary>
    private static double? ReadJudgement(YamlFields? f, BookDiagnostics diagnostics)
    {
        if (f is null)
        {
            return null;
        }

        var value = f.OptionalMoney("flag_confidence");
        if (value is > 1)
        {
            diagnostics.Error(f.Get("flag_confidence")!, f.FieldPath("flag_confidence"), $"must be between 0 and 1 (got {value})");
        }

        f.WarnUnknownKeys();
        return value is null ? null : (double)value.Value;
    }

    private static Provider ReadProvider(YamlFields? f, BookDiagnostics diagnostics)
    {
        if (f is null)
        {
            return new Provider(string.Empty, string.Empty, string.Empty, null, [], [], null);
        }

        var name = f.RequiredString("name");
        var email = f.RequiredString("email");
        if (email.Length > 0 && !LooksLikeAddress(email))
        {
            diagnostics.Error(f.Get("email")!, f.FieldPath("email"), $"'{email}' is not an email address");
        }

        var currency = f.RequiredString("currency");
        if (currency.Length > 0 && !CurrencyCode().IsMatch(currency))
        {
            diagnostics.Error(f.Get("currency")!, f.FieldPath("currency"), $"'{currency}' is not an ISO 4217 code such as USD or EUR");
        }

        var hourly = f.OptionalMoney("hourly_rate");
        var expertise = f.StringList("expertise");
        var referrals = f.MappingList("referrals", required: false).Select(r =>
        {
            var rf = new YamlFields(r.Node, r.Path, diagnostics);
            var referral = new Referral(rf.RequiredString("name"), rf.OptionalString("email") ?? string.Empty, rf.StringList("expertise"));
            if (referral.Expertise.Count == 0)
            {
                diagnostics.Error(r.Node, rf.FieldPath("expertise"), "a referral needs at least one area of expertise");
            }

            rf.WarnUnknownKeys();
            return referral;
        }).ToList();
        var discount = f.OptionalMoney("existing_client_discount");
        if (discount > 100)
        {
            diagnostics.Error(f.Get("existing_client_discount")!, f.FieldPath("existing_client_discount"), "is a percentage and must be between 0 and 100");
        }

        f.WarnUnknownKeys();
        return new Provider(name, email.ToLowerInvariant(), currency, hourly, expertise, referrals, discount);
    }

    private static Package ReadPackage(YamlFields f, BookDiagnostics diagnostics)
    {
        var id = f.RequiredString("id");
        var name = f.RequiredString("name");
        var price = f.RequiredMoney("price");
        var deliverables = f.MappingList("deliverables", required: true).Select(d => ReadDeliverable(new YamlFields(d.Node, d.Path, diagnostics))).ToList();
        var description = f.OptionalString("description");
        var excludes = f.StringList("excludes");
        f.WarnUnknownKeys();
        return new Package(id, name, price, deliverables) { Description = description, Excludes = excludes };
    }

    private static Deliverable ReadDeliverable(YamlFields f)
    {
        var deliverable = new Deliverable(f.RequiredString("id"), f.RequiredString("name"), f.OptionalCount("quantity"), f.OptionalString("unit"), f.StringList("aliases"))
        {
            Per = f.OptionalChoice("per", QuantityPeriods.Parse, "engagement, month or week") ?? QuantityPeriod.Engagement,
        };
        f.WarnUnknownKeys();
        return deliverable;
    }

    private static AddOn ReadAddOn(YamlFields f)
    {
        var addOn = new AddOn(f.RequiredString("id"), f.RequiredString("name"), f.RequiredMoney("price"), f.StringList("aliases"));
        f.WarnUnknownKeys();
        return addOn;
    }

    private static Retainer ReadRetainer(YamlFields f, BookDiagnostics diagnostics)
    {
        var retainer = new Retainer(f.RequiredString("id"), f.RequiredString("name"), f.RequiredMoney("monthly_price"), f.RequiredString("allowance"))
        {
            Deliverables = f.MappingList("deliverables", required: false).Select(d => ReadDeliverable(new YamlFields(d.Node, d.Path, diagnostics))).ToList(),
        };
        f.WarnUnknownKeys();
        return retainer;
    }

    private static Client ReadClient(YamlFields f, BookDiagnostics diagnostics)
    {
        var id = f.RequiredString("id");
        var name = f.OptionalString("name") ?? id;
        var emails = f.StringList("emails").Select(e => e.ToLowerInvariant()).ToList();
        var domains = f.StringList("domains").Select(d => d.TrimStart('@').ToLowerInvariant()).ToList();
        for (var i = 0; i < emails.Count; i++)
        {
            if (!LooksLikeAddress(emails[i]))
            {
                diagnostics.Error(f.Get("emails")!, $"{f.FieldPath("emails")}[{i}]", $"'{emails[i]}' is not an email address");
            }
        }

        for (var i = 0; i < domains.Count; i++)
        {
            if (domains[i].Contains('@', StringComparison.Ordinal) || !domains[i].Contains('.', StringComparison.Ordinal))
            {
                diagnostics.Error(f.Get("domains")!, $"{f.FieldPath("domains")}[{i}]", $"'{domains[i]}' is not a domain such as example.com");
            }
        }

        if (emails.Count == 0 && domains.Count == 0)
        {
            diagnostics.Error(f.Node, f.FieldPath("emails"), $"client '{id}' needs at least one address in emails or one domain in domains");
        }

        var retainer = f.OptionalString("retainer");
        var packages = ReadPackageIds(f, diagnostics, required: retainer is null);
        var pricePaid = f.OptionalMoney("price_paid");
        var start = f.OptionalDate("start");
        var end = f.OptionalDate("end");
        if (start is { } s && end is { } e && e < s)
        {
            diagnostics.Error(f.Get("end")!, f.FieldPath("end"), $"ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd})");
        }

        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        if (f.Get("used") is { } usedNode)
        {
            if (usedNode is YamlMappingNode map)
            {
                foreach (var (k, v) in map.Children)
                {
                    var key = (k as YamlScalarNode)?.Value ?? string.Empty;
                    var count = f.ReadCount(v, $"{f.FieldPath("used")}.{key}");
                    if (!used.TryAdd(key, count ?? 0))
                    {
                        diagnostics.Error(k, $"{f.FieldPath("used")}.{key}", "is listed twice");
                    }
                }
            }
            else
            {
                diagnostics.Error(usedNode, f.FieldPath("used"), "expected a mapping of deliverable id to count");
            }
        }

        var retainerStart = f.OptionalDate("retainer_start");
        if (retainerStart is not null && retainer is null)
        {
            diagnostics.Error(f.Get("retainer_start")!, f.FieldPath("retainer_start"), "is set but the client has no retainer");
        }

        var usedAsOf = f.OptionalDate("used_as_of");
        f.WarnUnknownKeys();
        return new Client(id, name, emails, domains, packages.Count > 0 ? packages[0] : string.Empty, pricePaid, start, end, used)
        {
            PackageIds = packages,
            RetainerId = retainer,
            RetainerStart = retainerStart,
            UsedAsOf = usedAsOf,
        };
    }

    /// <summary><c>package</c>: one id (version 1) or a list of ids bought side by side (version 2).</summary>
    private static List<string> ReadPackageIds(YamlFields f, BookDiagnostics diagnostics, bool required)
    {
        var node = f.Get("package");
        if (node is null)
        {
            if (required)
            {
                diagnostics.Error(f.Node, f.FieldPath("package"), "is required (a package id, a list of them, or a retainer)");
            }

            return [];
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } number } && decimal.TryParse(number, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            diagnostics.Error(node, f.FieldPath("package"), $"expected a package id or a list of package ids, got the number {number}");
            return [];
        }

        var ids = f.StringList("package").ToList();
        if (node is YamlSequenceNode && ids.Count == 0)
        {
            diagnostics.Error(node, f.FieldPath("package"), "must list at least one package id");
        }

        for (var i = 0; i < ids.Count; i++)
        {
            if (ids.IndexOf(ids[i]) < i)
            {
                diagnostics.Error(node, f.FieldPath("package"), $"lists '{ids[i]}' twice");
            }
        }

        return ids;
    }

    internal static bool LooksLikeAddress(string s)
    {
        var at = s.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == s.LastIndexOf('@') && at < s.Length - 1 && !s.Any(char.IsWhiteSpace);
    }

    private static string StripMark(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 40) - (Line: …): "; the line is reported separately.
        var idx = message.LastIndexOf("): ", StringComparison.Ordinal);
        return idx >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(idx + 3)..] : message;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
