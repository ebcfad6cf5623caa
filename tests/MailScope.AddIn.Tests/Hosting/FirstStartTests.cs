using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MailScope.AddIn.Tests.Hosting;

/// <summary>
/// A first start on a machine with no development certificate: the host process itself, with a HOME of its
/// own so no certificate of this machine is found. One line naming the fix and exit 2, never a stack trace;
/// and a configured certificate file makes HTTPS work.
/// </summary>
public sealed class FirstStartTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "mailscope-first-start-" + Guid.NewGuid().ToString("N")[..10]);

    public FirstStartTests() => Directory.CreateDirectory(_home);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<(int Exit, string StdOut, string StdErr)> RunHostAsync(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _home };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MailScope.AddIn.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = _home;
        start.Environment["MailScope__AddIn__ApiKey"] = "first-start-key";
        start.Environment["MailScope__DataFolder"] = Path.Combine(_home, "data");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Without_a_development_certificate_https_explains_the_fix_in_one_line_and_exits_2()
    {
        var port = LoopbackPort.Free();

        var (exit, stdout, stderr) = await RunHostAsync([], "--urls", $"https://127.0.0.1:{port}");

        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("dotnet dev-certs https", line, StringComparison.Ordinal);
        Assert.Contains("--trust", line, StringComparison.Ordinal);
        Assert.Contains("Kestrel:Certificates:Default:Path", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_path_that_does_not_exist_is_named()
    {
        var port = LoopbackPort.Free();
        var missing = Path.Combine(_home, "no-such.pfx");

        var (exit, _, stderr) = await RunHostAsync(new() { ["Kestrel__Certificates__Default__Path"] = missing }, "--urls", $"https://127.0.0.1:{port}");

        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Kestrel:Certificates:Default:Path", line, StringComparison.Ordinal);
        Assert.Contains(missing, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_certificate_serves_https()
    {
        var port = LoopbackPort.Free();
        var pfx = Path.Combine(_home, "host.pfx");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var san = new SubjectAlternativeNameBuilder();
            san.AddIpAddress(System.Net.IPAddress.Loopback);
            request.CertificateExtensions.Add(san.Build());
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pass-1"));
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _home };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MailScope.AddIn.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"https://127.0.0.1:{port}");
        start.Environment["HOME"] = _home;
        start.Environment["MailScope__AddIn__ApiKey"] = "first-start-key";
        start.Environment["MailScope__DataFolder"] = Path.Combine(_home, "data");
        start.Environment["Kestrel__Certificates__Default__Path"] = pfx;
        start.Environment["Kestrel__Certificates__Default__Password"] = "pass-1";
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Subject == "CN=localhost" };
            using var http = new HttpClient(handler);
            HttpResponseMessage? response = null;
            for (var i = 0; i < 300 && response is null; i++)
            {
                Assert.False(process.HasExited, $"the host exited with {(process.HasExited ? process.ExitCode : 0)}");
                try
                {
                    response = await http.GetAsync(new Uri($"https://127.0.0.1:{port}/healthz"));
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100);
                }
            }

            Assert.NotNull(response);
            Assert.True(response.IsSuccessStatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
