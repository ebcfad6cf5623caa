using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MailScope.AddIn.Tests.Browser;

/// <summary>The real add-in host (Kestrel) as its own process on a free loopback port, for the browser.</summary>
public sealed class AddInServer : IAsyncLifetime
{
    public const string Key = "browser-key-77d1";
    private readonly string _data = Path.Combine(Path.GetTempPath(), "mailscope-addin-browser-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly IReadOnlyDictionary<string, string> _environment;
    private Process? _process;

    public AddInServer()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>A host with some settings replaced (a scope book and data folder of a test's own).</summary>
    internal AddInServer(IReadOnlyDictionary<string, string> environment) => _environment = environment;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        var port = LoopbackPort.Free();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MailScope.AddIn.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseUrl.ToString().TrimEnd('/'));
        start.Environment["MailScope__AddIn__ApiKey"] = Key;
        start.Environment["MailScope__AddIn__OfficeJs"] = "None";
        start.Environment["MailScope__Today"] = "2026-11-27";
        start.Environment["MailScope__DataFolder"] = _data;
        start.Environment["MailScope__ScopeBook"] = Path.Combine(RepoPaths.Root, "samples", "scope-book.yaml");
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient();
        // A loaded machine (CI beside other test hosts) can take well over 20 s to start a host.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync(new Uri(BaseUrl, "healthz"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the add-in host exited with {_process.ExitCode}");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the add-in host did not start within 60 s");
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
