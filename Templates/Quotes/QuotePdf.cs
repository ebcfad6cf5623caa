using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MailScope.Templates.Quotes;

/// <summary>
/// Lays out the rendered quote document as an A4 PDF: "# " title, "## " heading, "| a | b |" table rows
/// (the first row of a table is its header), "---" a rule, anything else a wrapped paragraph. Long words
/// and long tables flow onto new pages.
/// </summary>
public static class QuotePdf
{
    private const double Margin = 50;
    private const double Bottom = 842 - 50;

    public static byte[] Write(string document, string title)
    {
        ArgumentNullException.ThrowIfNull(document);
        EmbeddedFontResolver.Install();
        using var pdf = new PdfDocument();
        pdf.Info.Title = title;
        pdf.Info.Creator = "MailScope";
        var writer = new PageWriter(pdf);
        var inTable = false;
        foreach (var raw in document.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith('|'))
            {
                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                writer.Row(cells, header: !inTable);
                inTable = true;
                continue;
            }

            inTable = false;
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                writer.Paragraph(line[2..], 16, bold: true, spaceBefore: 0);
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                writer.Paragraph(line[3..], 12, bold: true, spaceBefore: 10);
            }
            else if (line == "---")
            {
                writer.Rule();
            }
            else if (line.Length > 0)
            {
                writer.Paragraph(line, 10, bold: false, spaceBefore: 2);
            }
        }

        writer.Dispose();
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private sealed class PageWriter(PdfDocument pdf) : IDisposable
    {
        private XGraphics? _gfx;
        private double _y;

        private static double Width => 595 - (2 * Margin);

        public void Paragraph(string text, double size, bool bold, double spaceBefore)
        {
            var font = new XFont(EmbeddedFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            _y += spaceBefore;
            foreach (var line in Wrap(text, font, Width))
            {
                var gfx = Space(size * 1.35);
                gfx.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, Width, size * 1.35), XStringFormats.TopLeft);
                _y += size * 1.35;
            }
        }

        public void Row(string[] cells, bool header)
        {
            var font = new XFont(EmbeddedFontResolver.Family, 9, header ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            var widths = ColumnWidths(cells.Length);
            var wrapped = cells.Select((c, i) => Wrap(c, font, widths[i] - 6)).ToList();
            var height = (wrapped.Max(w => w.Count) * 12) + 4;
            var gfx = Space(height);
            var x = Margin;
            for (var i = 0; i < cells.Length; i++)
            {
                var right = i > 0 && i == cells.Length - 1;
                for (var l = 0; l < wrapped[i].Count; l++)
                {
                    gfx.DrawString(wrapped[i][l], font, XBrushes.Black, new XRect(x + 3, _y + 2 + (l * 12), widths[i] - 6, 12), right ? XStringFormats.TopRight : XStringFormats.TopLeft);
                }

                x += widths[i];
            }

            _y += height;
            gfx.DrawLine(header ? XPens.Black : XPens.LightGray, Margin, _y, Margin + Width, _y);
        }

        public void Rule()
        {
            var gfx = Space(10);
            gfx.DrawLine(XPens.Gray, Margin, _y + 5, Margin + Width, _y + 5);
            _y += 10;
        }

        public void Dispose() => _gfx?.Dispose();

        private static double[] ColumnWidths(int count) => count switch
        {
            1 => [Width],
            3 => [Width * 0.5, Width * 0.25, Width * 0.25],
            4 => [Width * 0.52, Width * 0.1, Width * 0.19, Width * 0.19],
            _ => Enumerable.Repeat(Width / count, count).ToArray(),
        };

        private XGraphics Space(double height)
        {
            if (_gfx is null || _y + height > Bottom)
            {
                _gfx?.Dispose();
                var page = pdf.AddPage();
                page.Size = PdfSharp.PageSize.A4;
                _gfx = XGraphics.FromPdfPage(page);
                _y = Margin;
            }

            return _gfx;
        }

        /// <summary>Greedy word wrap; a word wider than the line is broken by characters.</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var measure = _gfx ?? Space(0);
            var lines = new List<string>();
            var current = string.Empty;
            foreach (var word in text.Split(' '))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (measure.MeasureString(candidate, font).Width <= width)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = word;
                while (current.Length > 1 && measure.MeasureString(current, font).Width > width)
                {
                    var cut = current.Length - 1;
                    while (cut > 1 && measure.MeasureString(current[..cut], font).Width > width)
                    {
                        cut--;
                    }

                    lines.Add(current[..cut]);
                    current = current[cut..];
                }
            }

            lines.Add(current);
            return lines;
        }
    }
}
