using System.Diagnostics;

namespace MailScope.AddIn.Tests.Playground;

/// <summary>
/// <c>MailScope.AddIn playground --port 0</c> as its own process, with a HOME of its own (no user secrets, no
/// development certificate): exactly what a new user starts. Its stdout is kept to check what it prints.
/// </summary>
public sealed class PlaygroundServer : IAsyncLifetime
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "mailscope-playground-home-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly List<string> _output = [];
    private Process? _process;

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_home);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _home };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MailScope.AddIn.dll"));
        start.ArgumentList.Add("playground");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        start.Environment["HOME"] = _home;
        // Settings a user may have in the environment are not the playground's: it must ignore them.
        start.Environment["MailScope__AddIn__ApiKey"] = "a-key-the-playground-must-not-need";
        start.Environment["ASPNETCORE_URLS"] = "http://0.0.0.0:0";
        var url = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                url.TrySetException(new InvalidOperationException("the playground ended before printing its URL: " + string.Join('\n', Output)));
                return;
            }

            lock (_output)
            {
                _output.Add(e.Data);
            }

            if (System.Text.RegularExpressions.Regex.Match(e.Data, @"http://127\.0\.0\.1:\d+/playground/") is { Success: true } match)
            {
                url.TrySetResult(new Uri(match.Value));
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_output)
                {
                    _output.Add("stderr: " + e.Data);
                }
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Url = await url.Task.WaitAsync(TimeSpan.FromSeconds(60));
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
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
