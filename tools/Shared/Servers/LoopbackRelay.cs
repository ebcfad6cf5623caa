using System.Net;
using System.Net.Sockets;

namespace MailScope.Tooling.Servers;

/// <summary>
/// A TCP relay on a loopback port in front of a server on another: each client connection gets its own
/// upstream connection, and the two directions are pumped by methods a test relay overrides (to hold a
/// command, to rewrite an answer). A server that is down is seen as a closed connection, as without the relay.
/// </summary>
public abstract class LoopbackRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly List<TcpClient> _clients = [];

    protected LoopbackRelay(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Cancelled when the relay is disposed: every pump ends with it.</summary>
    protected CancellationTokenSource Stopping { get; } = new();

    /// <summary>Client to server; by default a plain copy.</summary>
    protected virtual Task PumpFromClientAsync(NetworkStream client, NetworkStream server) => CopyAsync(client, server);

    /// <summary>Server to client; by default a plain copy.</summary>
    protected virtual Task PumpFromServerAsync(NetworkStream server, NetworkStream client) => CopyAsync(server, client);

    protected async Task CopyAsync(NetworkStream from, NetworkStream to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        try
        {
            await from.CopyToAsync(to, Stopping.Token);
            to.Socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (IsGone(ex))
        {
            // Either side went away: the relay ends with it.
        }
    }

    /// <summary>Whether an exception only says that a side of the connection went away.</summary>
    protected static bool IsGone(Exception ex) => ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException;

    private async Task AcceptAsync()
    {
        while (!Stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(Stopping.Token);
            }
            catch (Exception ex) when (IsGone(ex))
            {
                return;
            }

            var upstream = new TcpClient();
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort);
            }
            catch (SocketException)
            {
                client.Dispose();
                upstream.Dispose();
                continue;
            }

            lock (_clients)
            {
                _clients.Add(client);
                _clients.Add(upstream);
            }

            _ = PumpFromServerAsync(upstream.GetStream(), client.GetStream());
            _ = PumpFromClientAsync(client.GetStream(), upstream.GetStream());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Stopping.CancelAsync();
        _listener.Stop();
        lock (_clients)
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }
        }

        Stopping.Dispose();
        GC.SuppressFinalize(this);
    }
}
