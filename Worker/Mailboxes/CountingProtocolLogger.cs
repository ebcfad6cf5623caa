using MailKit;

namespace MailScope.Worker.Mailboxes;

/// <summary>
/// Counts IMAP round trips (tagged server completions) without recording any traffic: credentials and
/// message content never leave the connection through it.
/// </summary>
internal sealed class CountingProtocolLogger(MailboxCounters counters) : IProtocolLogger
{
    private bool _lineStart = true;
    private int _matched;

    // MailKit tags its commands "A00000001": a server line starting with the tag letter ends a command.
    public IAuthenticationSecretDetector? AuthenticationSecretDetector { get; set; }

    public void LogConnect(Uri uri)
    {
    }

    public void LogClient(byte[] buffer, int offset, int count)
    {
    }

    public void LogServer(byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        for (var i = offset; i < offset + count; i++)
        {
            var b = buffer[i];
            if (_lineStart)
            {
                _matched = b == (byte)'A' ? 1 : 0;
                _lineStart = false;
            }
            else if (_matched is > 0 and < 9)
            {
                _matched = b is >= (byte)'0' and <= (byte)'9' ? _matched + 1 : 0;
                if (_matched == 9)
                {
                    counters.AddCommand();
                }
            }

            if (b == (byte)'\n')
            {
                _lineStart = true;
            }
        }
    }

    public void Dispose()
    {
    }
}
