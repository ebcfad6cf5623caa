using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace MailScope.Templates.Rendering;

/// <summary>
/// The reply and quote templates, parsed once and checked when they load: every file of the shipped
/// folder, each replaced by a file of the same name in the override folder (<c>MailScope:Templates</c>).
/// Rendering is sandboxed: strict variables, loop and recursion limits, no includes, no .NET objects —
/// templates see only the plain model.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, (Template Template, string Path)> _templates = new(StringComparer.Ordinal);

    private TemplateSet()
    {
    }

    /// <summary>The folder shipped beside the binaries.</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "Templates");

    public IReadOnlyCollection<string> Names => _templates.Keys;

    /// <summary>Loads, parses and checks every template against a sample model.</summary>
    /// <exception cref="TemplateException">A template does not parse or names a variable the model lacks.</exception>
    public static TemplateSet Load(string? overrideFolder = null, string? shippedFolder = null)
    {
        var set = new TemplateSet();
        var shipped = shippedFolder ?? ShippedFolder;
        if (!Directory.Exists(shipped))
        {
            throw new TemplateException($"{shipped}: the template folder is missing");
        }

        var files = Directory.EnumerateFiles(shipped, "*.scriban", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetFileName(f), f => f, StringComparer.Ordinal);
        if (overrideFolder is not null)
        {
            if (!Directory.Exists(overrideFolder))
            {
                throw new TemplateException($"{overrideFolder}: the override folder named by MailScope:Templates does not exist");
            }

            foreach (var file in Directory.EnumerateFiles(overrideFolder, "*.scriban", SearchOption.AllDirectories))
            {
                files[Path.GetFileName(file)] = file;
            }
        }

        foreach (var (name, path) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var template = Template.Parse(File.ReadAllText(path), path);
            if (template.HasErrors)
            {
                throw new TemplateException($"{path}: {string.Join("; ", template.Messages.Select(m => m.ToString()))}");
            }

            set._templates[name] = (template, path);
        }

        // A typo is found now, not when a reply is sent: render each once against every sample model.
        foreach (var (name, _) in set._templates)
        {
            // The quote document is rendered only for a numbered quote; a confirmation, its agreement and the digest have their own models.
            var samples = name.StartsWith("digest.", StringComparison.Ordinal)
                ? SampleModels.Digest
                : SampleModels.IsConfirmation(name)
                    ? SampleModels.Confirmations
                    : SampleModels.All.Where(m => !name.StartsWith("quote.", StringComparison.Ordinal) || m["quote"] is not null);
            foreach (var sample in samples)
            {
                set.Render(name, sample, html: name.Contains(".html.", StringComparison.Ordinal));
            }
        }

        return set;
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>Renders a template; HTML templates get every model string HTML-escaped first.</summary>
    /// <exception cref="TemplateException">The template fails at run time (named by template and line).</exception>
    public string Render(string name, IReadOnlyDictionary<string, object?> model, bool html, CancellationToken cancellationToken = default)
    {
        if (!_templates.TryGetValue(name, out var entry))
        {
            throw new TemplateException($"{name}: no such template (known: {string.Join(", ", _templates.Keys)})");
        }

        var globals = new ScriptObject();
        foreach (var (key, value) in model)
        {
            globals.SetValue(key, ModelValues.ToScript(value, html), readOnly: true);
        }

        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = 1000,
            RecursiveLimit = 20,
            LimitToString = 100_000,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = null,
            CancellationToken = cancellationToken,
        };
        context.PushGlobal(globals);
        try
        {
            return entry.Template.Render(context);
        }
        catch (ScriptRuntimeException ex) when (cancellationToken.IsCancellationRequested)
        {
            // Scriban reports a cancelled render as a script abort: it is a stop, not a template error.
            throw new OperationCanceledException("The render was cancelled.", ex, cancellationToken);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateException($"{entry.Path}({ex.Span.Start.Line + 1},{ex.Span.Start.Column + 1}): {ex.OriginalMessage}", ex);
        }
    }
}
