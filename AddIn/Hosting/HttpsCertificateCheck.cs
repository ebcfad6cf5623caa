using System.Runtime.InteropServices;
using System.Security.Cryptography.X509Certificates;

namespace MailScope.AddIn.Hosting;

/// <summary>
/// Before Kestrel starts: an HTTPS address needs a certificate. Kestrel's own failure is a 20-line stack trace
/// about a "default developer certificate"; a first-time user needs one line that names the fix instead.
/// Reads only configuration and the user's certificate store; binds nothing.
/// </summary>
internal static class HttpsCertificateCheck
{
    /// <summary>The extension ASP.NET Core marks its development certificate with.</summary>
    private const string DevelopmentCertificateOid = "1.3.6.1.4.1.311.84.1.1";

    public const string Fix =
        "run `dotnet dev-certs https` (with `--trust` on Windows or macOS, so Outlook trusts it), or set Kestrel:Certificates:Default:Path " +
        "(and :Password) to your certificate; `dotnet run --project AddIn -- playground` needs no certificate";

    /// <summary>The one line explaining why HTTPS cannot start, or null when every HTTPS address has a usable certificate.</summary>
    public static string? Problem(IConfiguration configuration) => Problem(configuration, FindDevelopmentCertificate);

    internal static string? Problem(IConfiguration configuration, Func<X509Certificate2?> developmentCertificate)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(developmentCertificate);
        var needsDefault = false;
        foreach (var (key, certificate) in HttpsEndpoints(configuration))
        {
            if (certificate is not null)
            {
                if (MissingFile(certificate, key) is { } missing)
                {
                    return missing;
                }

                continue;
            }

            needsDefault = true;
        }

        if (!needsDefault)
        {
            return null;
        }

        var fallback = configuration.GetSection("Kestrel:Certificates:Default");
        if (fallback.Exists())
        {
            return MissingFile(fallback, "Kestrel:Certificates:Default");
        }

        using var development = developmentCertificate();
        if (development is null)
        {
            return $"HTTPS needs a certificate and this machine has no ASP.NET Core development certificate: {Fix}.";
        }

        // Windows and macOS keep trust in the system store, which Outlook uses; Linux has no system-wide answer
        // (each browser keeps its own), and Outlook does not run there, so trust is not judged on Linux.
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && !IsTrusted(development))
        {
            return $"the ASP.NET Core development certificate is not trusted, so Outlook will refuse the add-in: run `dotnet dev-certs https --trust`, or set Kestrel:Certificates:Default:Path to a certificate Outlook trusts.";
        }

        return null;
    }

    /// <summary>Whether Kestrel would look for the development certificate for some address (the fallback check after a failed start).</summary>
    public static bool ReliesOnDevelopmentCertificate(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return HttpsEndpoints(configuration).Any(e => e.Certificate is null) && !configuration.GetSection("Kestrel:Certificates:Default").Exists();
    }

    /// <summary>Kestrel's endpoints when configured (they replace --urls), otherwise the urls and https_ports.</summary>
    private static List<(string Key, IConfigurationSection? Certificate)> HttpsEndpoints(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().ToList();
        if (endpoints.Count > 0)
        {
            return endpoints
                .Where(e => e["Url"]?.StartsWith("https:", StringComparison.OrdinalIgnoreCase) == true)
                .Select(e => (e.Path, e.GetSection("Certificate") is { } c && c.Exists() ? c : null))
                .ToList();
        }

        var urls = (configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var https = urls.Where(u => u.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).Select(u => (u, (IConfigurationSection?)null));
        var ports = string.IsNullOrWhiteSpace(configuration["https_ports"]) ? [] : new[] { ("https_ports", (IConfigurationSection?)null) };
        return [.. https, .. ports];
    }

    private static string? MissingFile(IConfigurationSection certificate, string key)
    {
        var path = certificate["Path"];
        if (path is not null && !File.Exists(path))
        {
            return $"{key}:Path: no certificate file at {Path.GetFullPath(path)}; point it at your certificate (.pfx, or .pem with :KeyPath), or remove it and {Fix}.";
        }

        return null;
    }

    private static X509Certificate2? FindDevelopmentCertificate()
    {
        try
        {
            using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            var now = DateTime.Now;
            X509Certificate2? found = null;
            foreach (var certificate in store.Certificates)
            {
                if (found is null && certificate.Extensions[DevelopmentCertificateOid] is not null && certificate.HasPrivateKey &&
                    certificate.NotBefore <= now && now <= certificate.NotAfter)
                {
                    found = certificate;
                }
                else
                {
                    certificate.Dispose();
                }
            }

            return found;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // no store yet: a machine that never made a certificate
        }
    }

    private static bool IsTrusted(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
