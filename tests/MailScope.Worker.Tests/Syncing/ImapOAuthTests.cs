using MailScope.Tooling.Servers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MailScope.Worker.Tests.Syncing;

/// <summary>
/// XOAUTH2 (how Gmail and Microsoft 365 take IMAP sign-ins) against a real Dovecot that checks each bearer
/// token with an OAuth 2.0 introspection endpoint, as a provider's token service would.
/// </summary>
public sealed class ImapOAuthTests : IAsyncLifetime
{
    private const string GoodToken = "ya29.a0-test-token-1f2e";
    private WebApplication? _introspection;
    private DovecotServer? _server;
    private int _introspected;

    public async Task InitializeAsync()
    {
        (_introspection, var address) = await LoopbackWebApp.StartAsync(app => app.MapGet("/introspect", (HttpRequest request) =>
        {
            Interlocked.Increment(ref _introspected);
            return request.Headers.Authorization.ToString() == "Bearer " + GoodToken
                ? Results.Json(new { active = true, username = "user001" })
                : Results.Json(new { active = false }, statusCode: 401);
        }));
        _server = new DovecotServer { OAuthIntrospectionUrl = new Uri(address, "introspect") };
        await _server.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_introspection is not null)
        {
            await _introspection.DisposeAsync();
        }
    }

    private Dictionary<string, string> TokenEnvironment(string user, string token)
    {
        var environment = _server!.MailboxEnvironment(user);
        environment.Remove("MailScope__Mailboxes__0__Imap__Password");
        environment["MailScope__Mailboxes__0__Imap__AccessToken"] = token;
        return environment;
    }

    [Fact]
    public async Task A_mailbox_signed_in_with_an_xoauth2_token_is_synced_and_flagged()
    {
        var mail = LabelledMail.Load("career-coach");
        var user = _server!.NewUser();
        Assert.Equal("user001", user); // the token service answers for this user
        await _server.AppendAsync(user, mail.Messages.Take(12).Select(m => m.Message));
        using var harness = new SyncHarness(mail.ScopeBook, TokenEnvironment(user, GoodToken), drafts: false);

        var run = await harness.SyncAsync();

        Assert.True(run.ExitCode == 0, run.Output + _server.ReadLog());
        Assert.True(_introspected > 0, "Dovecot never asked the token service: the password was used instead");
        var snapshot = await ImapSnapshot.TakeAsync(_server, user);
        var expected = mail.Messages.Take(12).Where(m => LabelledMail.IsFlagged(m.Verdict)).Select(m => m.Message.MessageId!).Order(StringComparer.Ordinal);
        Assert.Equal(expected, snapshot.Messages.Where(m => m.Value.Flags.HasFlag(MailKit.MessageFlags.Flagged)).Select(m => m.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_token_the_service_rejects_fails_the_mailbox_with_exit_1_and_the_token_is_never_printed()
    {
        var user = _server!.NewUser();
        const string expired = "ya29.expired-token-9c8d";
        using var harness = new SyncHarness(LabelledMail.Load("career-coach").ScopeBook, TokenEnvironment(user, expired));

        var run = await harness.SyncAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"mailbox '{user}'", run.Output, StringComparison.Ordinal);
        Assert.Contains("refused the credentials", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(expired, run.Output, StringComparison.Ordinal);
    }
}
