using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace MailScope.Tooling.Servers;

/// <summary>
/// A real Dovecot (Debian dovecot-imapd) started from <c>tests/servers/dovecot.conf</c> as a foreground
/// process this fixture owns, on a free loopback port, with its mail under a fresh temporary folder.
/// Each test takes its own user, so tests never see each other's mail.
/// </summary>
public class DovecotServer
{
    public const string Password = "secret-for-tests";
    private const int UserCount = 100;
    private int _users;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mailscope-dovecot-" + Guid.NewGuid().ToString("N")[..12]);
    private Process? _process;

    public int Port { get; private set; }

    public string Root => _root;

    /// <summary>
    /// When set before <see cref="InitializeAsync"/>: XOAUTH2 and OAUTHBEARER are offered too, and Dovecot
    /// asks this URL (GET, <c>Authorization: Bearer</c>) whether a token is good and whose it is.
    /// </summary>
    public Uri? OAuthIntrospectionUrl { get; init; }

    public virtual async Task InitializeAsync()
    {
        if (!File.Exists("/usr/sbin/dovecot"))
        {
            throw new InvalidOperationException("Dovecot is not installed: `bash scripts/test.sh` installs dovecot-imapd (or apt-get install dovecot-imapd).");
        }

        foreach (var sub in new[] { "run", "state", "mail" })
        {
            Directory.CreateDirectory(Path.Combine(_root, sub));
        }

        // Dovecot caches the passwd-file for a while: every user the tests will need is there from the start.
        await File.WriteAllLinesAsync(Path.Combine(_root, "users"), Enumerable.Range(1, UserCount).Select(i => $"user{i:D3}:{{PLAIN}}{Password}::::"));
        // Dovecot reads the mail as nobody: the folders on the way must let it in.
        await RunToolAsync("chmod", "755", _root);
        await RunToolAsync("chown", "nobody:nogroup", Path.Combine(_root, "mail"));
        Port = LoopbackPort.Free();
        var config = (await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "tests", "servers", "dovecot.conf")))
            .Replace("@ROOT@", _root, StringComparison.Ordinal)
            .Replace("@PORT@", Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (OAuthIntrospectionUrl is not null)
        {
            config = config.Replace("auth_mechanisms = plain login", "auth_mechanisms = plain login xoauth2 oauthbearer", StringComparison.Ordinal) + $$"""

                passdb {
                  driver = oauth2
                  mechanisms = xoauth2 oauthbearer
                  args = {{_root}}/oauth2.conf.ext
                }
                """;
            await File.WriteAllTextAsync(Path.Combine(_root, "oauth2.conf.ext"), $"""
                introspection_mode = auth
                introspection_url = {OAuthIntrospectionUrl}
                force_introspection = yes
                username_attribute = username
                active_attribute = active
                active_value = true
                """);
        }

        await File.WriteAllTextAsync(Path.Combine(_root, "dovecot.conf"), config);
        await StartAsync();
    }

    /// <summary>Starts the server (again) on the same port and mail.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("/usr/sbin/dovecot") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-F", "-c", Path.Combine(_root, "dovecot.conf") })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Dovecot stopped at start: {await _process.StandardError.ReadToEndAsync()} {ReadLog()}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"Dovecot did not listen on {Port} within 20 s: {ReadLog()}");
    }

    /// <summary>Kills the server and every imap process it started at once, as a crash or a power cut would.</summary>
    public async Task CrashAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        KillLeftovers();
        for (var i = 0; i < 100 && PortOpen(); i++)
        {
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Kills what is left of this server: a child the master started while it was being killed survives the
    /// process-tree kill, keeps the listening socket, and the next master cannot bind (clients then hang on a
    /// login process with no master). Every Dovecot child works in a folder under this server's root.
    /// </summary>
    private void KillLeftovers()
    {
        foreach (var proc in Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)))
        {
            try
            {
                if (new DirectoryInfo($"/proc/{proc}/cwd").LinkTarget is { } cwd && cwd.StartsWith(_root, StringComparison.Ordinal))
                {
                    using var leftover = Process.GetProcessById(int.Parse(proc!, CultureInfo.InvariantCulture));
                    leftover.Kill();
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Gone already, or not ours to read.
            }
        }
    }

    /// <summary>Stops the server the orderly way; connections drop.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        await RunToolAsync("kill", "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        KillLeftovers();
        // Child processes (imap, auth) may outlive the master for a moment; wait for the port to close.
        for (var i = 0; i < 100 && PortOpen(); i++)
        {
            await Task.Delay(100);
        }
    }

    public virtual async Task DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A user nobody has used yet: an empty mailbox.</summary>
    public string NewUser()
    {
        var next = Interlocked.Increment(ref _users);
        return next <= UserCount ? $"user{next:D3}" : throw new InvalidOperationException($"the fixture has only {UserCount} users; raise UserCount");
    }

    public string MaildirOf(string user) => Path.Combine(_root, "mail", user, "Maildir");

    public string ReadLog() => File.Exists(Path.Combine(_root, "dovecot.log")) ? File.ReadAllText(Path.Combine(_root, "dovecot.log")) : string.Empty;

    /// <summary>A signed-in client for the user (for setting up and checking mailboxes).</summary>
    public async Task<ImapClient> ConnectAsync(string user)
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, Password);
        return client;
    }

    /// <summary>Appends messages to the user's INBOX in one MULTIAPPEND.</summary>
    public async Task AppendAsync(string user, IEnumerable<MimeMessage> messages, string folder = "INBOX")
    {
        using var client = await ConnectAsync(user);
        var target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        var requests = messages.Select(m => (IAppendRequest)new AppendRequest(m, MessageFlags.None)).ToList();
        foreach (var chunk in requests.Chunk(500))
        {
            await target.AppendAsync(chunk);
        }

        await client.DisconnectAsync(true);
    }

    /// <summary>The environment that points a worker's mailbox 0 at this user.</summary>
    public Dictionary<string, string> MailboxEnvironment(string user, int index = 0, string? name = null) => new()
    {
        [$"MailScope__Mailboxes__{index}__Name"] = name ?? user,
        [$"MailScope__Mailboxes__{index}__Kind"] = "Imap",
        [$"MailScope__Mailboxes__{index}__Imap__Host"] = "127.0.0.1",
        [$"MailScope__Mailboxes__{index}__Imap__Port"] = Port.ToString(CultureInfo.InvariantCulture),
        [$"MailScope__Mailboxes__{index}__Imap__Security"] = "None",
        [$"MailScope__Mailboxes__{index}__Imap__User"] = user,
        [$"MailScope__Mailboxes__{index}__Imap__Password"] = Password,
    };

    private bool PortOpen()
    {
        try
        {
            using var probe = new TcpClient();
            probe.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }


    internal static async Task RunToolAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed: {error}");
        }
    }
}
