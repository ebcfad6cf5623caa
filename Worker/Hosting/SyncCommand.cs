using System.CommandLine;
using System.Data.Common;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Sync;
using MailScope.Templates.Rendering;
using MailScope.Infrastructure.Configuration;
using MailScope.Worker.Mailboxes;
using MailScope.Infrastructure.Storage;
using MailScope.Worker.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MailScope.Worker.Hosting;

/// <summary><c>sync --once [--mailbox NAME]</c> (docs/worker.md): one pass over the mailboxes, then exit.</summary>
internal static class SyncCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "One sync pass, then exit (continuous syncing is `run`)." };
        var mailbox = new Option<string?>("--mailbox") { Description = "Sync only this mailbox (its MailScope:Mailboxes:N:Name)." };
        var command = new Command("sync", "Sync the configured mailboxes once: judge new mail, flag the creep, draft replies.") { once, mailbox };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(mailbox), result.UnmatchedTokens, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? only, IReadOnlyList<string> configArgs, CancellationToken cancellationToken)
    {
        using var host = HostStartup.TryBuild(configArgs, WorkerHost.CreateBuilder, out var exitCode);
        if (host is null)
        {
            return exitCode;
        }

        var options = host.Services.GetRequiredService<MailScopeOptions>();
        var mailboxes = options.Mailboxes.Where(m => only is null || m.Name.Equals(only, StringComparison.OrdinalIgnoreCase)).ToList();
        if (mailboxes.Count == 0)
        {
            await Console.Error.WriteLineAsync($"error: --mailbox: no mailbox named '{only}' (configured: {string.Join(", ", options.Mailboxes.Select(m => m.Name))})").ConfigureAwait(false);
            return 2;
        }

        // A store that cannot be reached or written (a database down, a full or read-only disk) is an error
        // naming the store and exit 1, like a mailbox that cannot be synced, never a crash.
        var where = host.Services.GetRequiredService<SqlSyncStore>().Location;
        try
        {
            await host.Services.GetRequiredService<ISyncStore>().InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: the store ({where}) cannot be used: {ex.Message}").ConfigureAwait(false);
            return 1;
        }

        var syncer = host.Services.GetRequiredService<MailboxSyncer>();
        var failed = new List<string>();
        foreach (var mailbox in mailboxes)
        {
            try
            {
                await syncer.SyncAsync(mailbox, cancellationToken).ConfigureAwait(false);
            }
            catch (MailboxException ex)
            {
                failed.Add(ex.InnerException is DbException ? $"{ex.Message} [store: {where}]" : ex.Message);
            }
            catch (DbException ex)
            {
                failed.Add($"mailbox '{mailbox.Name}': the store ({where}) failed: {ex.Message}");
            }
            catch (TemplateException ex)
            {
                failed.Add($"mailbox '{mailbox.Name}': template error: {ex.Message}");
            }
        }

        foreach (var failure in failed)
        {
            await Console.Error.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
        }

        return failed.Count == 0 ? 0 : 1;
    }
}
