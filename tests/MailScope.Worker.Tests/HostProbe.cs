using System.Diagnostics;
using System.Globalization;

namespace MailScope.Worker.Tests;

/// <summary>Waits for a web host the test started as its own process to answer <c>/healthz</c>.</summary>
internal static class HostProbe
{
    public static async Task WaitUntilUpAsync(HttpClient http, Process host, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline && !host.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"{what} did not start (exited: {host.HasExited}, code {(host.HasExited ? host.ExitCode.ToString(CultureInfo.InvariantCulture) : "-")})");
    }
}
