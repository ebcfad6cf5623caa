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
public sealed partial class CapabilityFilterRelay : LoopbackRelay
{
    private readonly Regex _hidden;

    public CapabilityFilterRelay(int upstreamPort, params string[] hidden)
        : base(upstreamPort)
    {
        var names = hidden.Length == 0 ? ["CONDSTORE", "QRESYNC"] : hidden;
        _hidden = new Regex(@" (?:" + string.Join('|', names.Select(Regex.Escape)) + @")(?=[ \]\r])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>Server to client: line by line, literals verbatim, capability names cut from the lines that list them.</summary>
    protected override async Task PumpFromServerAsync(NetworkStream server, NetworkStream client)
    {
        var reader = new BufferedReader(server);
        try
        {
            while (await reader.ReadLineAsync(Stopping.Token) is { } line)
            {
                var text = Encoding.Latin1.GetString(line);
                if (CapabilityLine().IsMatch(text))
                {
                    line = Encoding.Latin1.GetBytes(_hidden.Replace(text, string.Empty));
                }

                await client.WriteAsync(line, Stopping.Token);
                if (Literal().Match(text) is { Success: true } literal)
                {
                    await reader.CopyAsync(client, long.Parse(literal.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Stopping.Token);
                }
            }

            client.Socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (IsGone(ex))
        {
            // Either side went away: the relay ends with it.
        }
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
