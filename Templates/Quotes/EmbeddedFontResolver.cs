using PdfSharp.Fonts;

namespace MailScope.Templates.Quotes;

/// <summary>
/// Serves DejaVu Sans (shipped inside this assembly) for every family, so quotes render the same on any
/// machine without system fonts. It covers Latin (with Latin Extended), Greek and Cyrillic; characters
/// beyond it (CJK, for instance) print as empty boxes.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>PDFsharp takes one global resolver, settable once: install ours the first time a quote is written.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (!_installed)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
                _installed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    // Font files are read from the assembly once, not for every quote.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]?> Faces = new(StringComparer.Ordinal);

    public byte[]? GetFont(string faceName) => Faces.GetOrAdd(faceName, Read);

    private static byte[]? Read(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"MailScope.Templates.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
