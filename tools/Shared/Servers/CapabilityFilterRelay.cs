using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace MailScope.Tooling.Servers;

/// <summary>
/// A loopback TCP relay in front of an IMAP server that hides some capabilities (CONDSTORE and QRESYNC by
/// default) from the client: the names are cut out of every CAPABILITY line and of the ENABLED reply, so a
/// client sees a server without them (as many are) while the mail stays on the real one. The server's
/// answers are read line by line and literals (<c>{n}</c>) are passed through untouched, so message content
/// is never rewritten.
/// </summary>
public sealed partial class CapabilityFilterRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly Regex _hidden;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _clients = [];

    public CapabilityFilterRelay(int upstreamPort, params string[] hidden)
    {
        _upstreamPort = upstreamPort;
        var names = hidden.Length == 0 ? ["CONDSTORE", "QRESYNC"] : hidden;
        _hidden = new Regex(@" (?:" + string.Join('|', names.Select(Regex.Escape)) + @")(?=[ \]\r])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

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
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort);
            }
            catch (SocketException)
            {
                // The server is down: the client sees the connection close, as it would without the relay.
                client.Dispose();
                upstream.Dispose();
                continue;
            }

            lock (_clients)
            {
                _clients.Add(client);
                _clients.Add(upstream);
            }

            _ = FilterAsync(upstream.GetStream(), client.GetStream());
            _ = CopyAsync(client.GetStream(), upstream.GetStream());
        }
    }

    private async Task CopyAsync(NetworkStream from, NetworkStream to)
    {
        try
        {
            await from.CopyToAsync(to, _stop.Token);
            to.Socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Either side went away: the relay ends with it.
        }
    }

    /// <summary>Server to client: line by line, literals verbatim, capability names cut from the lines that list them.</summary>
    private async Task FilterAsync(NetworkStream from, NetworkStream to)
    {
        var reader = new BufferedReader(from);
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var text = Encoding.Latin1.GetString(line);
                if (CapabilityLine().IsMatch(text))
                {
                    line = Encoding.Latin1.GetBytes(_hidden.Replace(text, string.Empty));
                }

                await to.WriteAsync(line, _stop.Token);
                if (Literal().Match(text) is { Success: true } literal)
                {
                    await reader.CopyAsync(to, long.Parse(literal.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), _stop.Token);
                }
            }

            to.Socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

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

    [GeneratedRegex(@"^(?:\* |\S+ OK \[)(?:CAPABILITY|ENABLED) |^\* OK \[CAPABILITY ", RegexOptions.IgnoreCase)]
    private static partial Regex CapabilityLine();

    [GeneratedRegex(@"\{(\d+)\+?\}\r\n$")]
    private static partial Regex Literal();

    /// <summary>Reads CRLF-terminated lines and counted bytes from a stream through one buffer.</summary>
    private sealed class BufferedReader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;

        public async Task<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
        {
            using var line = new MemoryStream();
            while (true)
            {
                if (_start == _end && !await FillAsync(cancellationToken))
                {
                    return line.Length == 0 ? null : line.ToArray();
                }

                var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
                if (newline >= 0)
                {
                    line.Write(_buffer, _start, newline + 1 - _start);
                    _start = newline + 1;
                    return line.ToArray();
                }

                line.Write(_buffer, _start, _end - _start);
                _start = _end;
            }
        }

        public async Task CopyAsync(Stream to, long count, CancellationToken cancellationToken)
        {
            while (count > 0)
            {
                if (_start == _end && !await FillAsync(cancellationToken))
                {
                    return;
                }

                var take = (int)Math.Min(count, _end - _start);
                await to.WriteAsync(_buffer.AsMemory(_start, take), cancellationToken);
                _start += take;
                count -= take;
            }
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            _start = 0;
            _end = await stream.ReadAsync(_buffer, cancellationToken);
            return _end > 0;
        }
    }
}
