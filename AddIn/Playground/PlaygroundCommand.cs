using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using MailScope.Infrastructure.Configuration;

namespace MailScope.AddIn.Playground;

/// <summary>
/// <c>playground [--port N]</c>: the add-in host on loopback only, judging the sample mailbox against the sample
/// scope book, with a page that shows the real task pane beside the messages (Office.js played in the page).
/// It reads none of the user's configuration: its settings are its own, its store a temporary folder.
/// </summary>
internal sealed class PlaygroundCommand
{
    public const int DefaultPort = 5444;
    public const string Usage = "Usage: playground [--port N] (N = 0 picks a free port)";

    private PlaygroundCommand(int port) => Port = port;

    public int Port { get; }

    /// <summary>The bearer key the page hands the pane; made anew for each run and never written anywhere.</summary>
    public string ApiKey { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    /// <summary>A store of its own, so trying the playground takes no quote number from a real store.</summary>
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "mailscope-playground-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)));

    /// <summary>Where the sample mailbox ships beside the program.</summary>
    public static string Mailbox => Path.Combine(SampleBook.Folder, "mailbox");

    public static PlaygroundCommand? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var port = DefaultPort;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--port" && i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= IPEndPoint.MaxPort)
            {
                i++;
                continue;
            }

            error.WriteLine($"error: unexpected '{args[i]}'. {Usage}");
            return null;
        }

        return new PlaygroundCommand(port);
    }

    /// <summary>Replaces the host's configuration with the playground's and binds Kestrel to 127.0.0.1 only.</summary>
    public void Configure(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Nothing from appsettings, the environment or user secrets: a stray Kestrel endpoint or AllowedHosts
        // there must not open the playground to other machines, and a real store must not be touched.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MailScope:AddIn:ApiKey"] = ApiKey,
            ["MailScope:ScopeBook"] = Path.Combine(SampleBook.Folder, "scope-book.yaml"),
            ["MailScope:Today"] = SampleBook.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["MailScope:DataFolder"] = DataFolder,
            // Host names a page on another site could point at 127.0.0.1 (DNS rebinding) are refused.
            ["AllowedHosts"] = "127.0.0.1;localhost",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:MailScope"] = "Information",
            // Its keys protect only the dashboard's session cookie, which the playground does not use.
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
            // Kestrel warns that it overrides addresses from ASPNETCORE_URLS: overriding them is the point here.
            ["Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel"] = "Error",
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // An empty Kestrel section: only the address below is bound.
            kestrel.Configure(new ConfigurationBuilder().Build());
            kestrel.Listen(IPAddress.Loopback, Port);
        });
    }

    public void DeleteDataFolder()
    {
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temporary folder the system cleans anyway.
        }
    }
}
