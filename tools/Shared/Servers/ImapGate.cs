using System.Net;
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
public sealed class ImapGate : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly Regex _pattern;
    private readonly int _occurrence;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<TcpClient> _clients = [];
    private int _seen;

    public ImapGate(int upstreamPort, Regex pattern, int occurrence = 1)
    {
        _upstreamPort = upstreamPort;
        _pattern = pattern;
        _occurrence = occurrence;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Completes when the client sent the command it is held at.</summary>
    public Task Held => _held.Task;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            var upstream = new TcpClient();
            await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort);
            lock (_clients)
            {
                _clients.Add(client);
                _clients.Add(upstream);
            }

            _ = PumpAsync(upstream.GetStream(), client.GetStream(), watch: false);
            _ = PumpAsync(client.GetStream(), upstream.GetStream(), watch: true);
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool watch)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    to.Socket.Shutdown(SocketShutdown.Send);
                    return;
                }

                if (watch && Matches(Encoding.Latin1.GetString(buffer, 0, read)))
                {
                    _held.TrySetResult();
                    await Task.Delay(Timeout.Infinite, _stop.Token); // the command never reaches the server
                }

                await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Either side went away (the worker was killed): the relay ends with it.
        }
    }

    private bool Matches(string text) =>
        !_held.Task.IsCompleted && _pattern.IsMatch(text) && Interlocked.Increment(ref _seen) == _occurrence;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        lock (_clients)
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }
        }

        _stop.Dispose();
    }
}
