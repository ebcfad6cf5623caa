namespace MailScope.AddIn.Manifest;

/// <summary>
/// <c>manifest --base-url https://HOST [--out manifest.xml]</c>: writes the XML add-in manifest for a host URL and,
/// with --out, the unified (JSON) manifest beside it (same name, .json).
/// </summary>
internal static class ManifestCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        string? baseUrl = null, outPath = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--base-url" when i + 1 < args.Count:
                    baseUrl = args[++i];
                    break;
                case "--out" when i + 1 < args.Count:
                    outPath = args[++i];
                    break;
                default:
                    error.WriteLine($"error: unexpected '{args[i]}'. Usage: manifest --base-url https://HOST [--out manifest.xml]");
                    return 2;
            }
        }

        if (baseUrl is null || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            error.WriteLine("error: --base-url: an absolute https:// URL is required (Outlook loads add-ins only over HTTPS).");
            return 2;
        }

        var document = ManifestWriter.Write(uri);
        if (outPath is null)
        {
            document.Save(output);
            return 0;
        }

        var temp = outPath + ".tmp";
        using (var writer = System.Xml.XmlWriter.Create(temp, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }

        File.Move(temp, outPath, overwrite: true);
        // The unified manifest beside it, from the same definition: manifest.xml → manifest.json.
        var jsonPath = Path.ChangeExtension(outPath, ".json");
        File.WriteAllText(jsonPath + ".tmp", UnifiedManifestWriter.ToText(UnifiedManifestWriter.Write(uri)), new System.Text.UTF8Encoding(false));
        File.Move(jsonPath + ".tmp", jsonPath, overwrite: true);
        error.WriteLine($"{outPath}, {jsonPath}: manifests (XML and unified) for {uri.GetLeftPart(UriPartial.Path).TrimEnd('/')}");
        return 0;
    }
}
