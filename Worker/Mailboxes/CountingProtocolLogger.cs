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

    // MailKit tags commands with a letter and eight digits ("A00000001"; the letter differs per client):
    // a server line starting that way completes a command.
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
                _matched = b is >= (byte)'A' and <= (byte)'Z' ? 1 : 0;
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
