using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace MailScope.Tooling.Servers;

/// <summary>
/// A loopback TCP relay in front of an IMAP server that stops a client at an exact point: when the
/// client sends the <c>occurrence</c>-th command matching a pattern, that command is never forwarded and
/// <see cref="Held"/> completes. A test then kills the worker knowing precisely what it had done, which
/// turns "killed at a random moment" into a reproducible order of events.
/// </summary>
public sealed class ImapGate(int upstreamPort, Regex pattern, int occurrence = 1) : LoopbackRelay(upstreamPort)
{
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _seen;

    /// <summary>Completes when the client sent the command it is held at.</summary>
    public Task Held => _held.Task;

    protected override async Task PumpFromClientAsync(NetworkStream client, NetworkStream server)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var read = await client.ReadAsync(buffer, Stopping.Token);
                if (read == 0)
                {
                    server.Socket.Shutdown(SocketShutdown.Send);
                    return;
                }

                if (Matches(Encoding.Latin1.GetString(buffer, 0, read)))
                {
                    _held.TrySetResult();
                    await Task.Delay(Timeout.Infinite, Stopping.Token); // the command never reaches the server
                }

                await server.WriteAsync(buffer.AsMemory(0, read), Stopping.Token);
            }
        }
        catch (Exception ex) when (IsGone(ex))
        {
            // Either side went away (the worker was killed): the relay ends with it.
        }
    }

    private bool Matches(string text) =>
        !_held.Task.IsCompleted && pattern.IsMatch(text) && Interlocked.Increment(ref _seen) == occurrence;
}
