using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Infrastructure.Time;
using Microsoft.Extensions.DependencyInjection;

namespace MailScope.Worker.Hosting;

/// <summary>
/// Judges one made-up message from the book's first client on a background thread while the host finishes
/// starting (templates checked, store opened, mailbox signed in to). A process's first judgement otherwise
/// pays, on the sync's own time, for compiling the knowledge files' regular expressions and for the JIT of the
/// judgement: about 0.5-0.7 s of a `sync --once` that finds one new message (benchmarks: `ratios`). The
/// result is thrown away; a book that cannot be loaded fails here silently and is reported by the start-up check.
/// </summary>
internal static class JudgementWarmUp
{
    public static void Start(IServiceProvider services) =>
        _ = Task.Run(() =>
        {
            var judge = services.GetRequiredService<ScopeJudge>();
            if (judge.Book.Clients.FirstOrDefault(c => c.Emails.Count > 0) is not { } client)
            {
                return;
            }

            judge.Judge(
                new InboundMessage
                {
                    From = client.Emails[0],
                    To = [judge.Book.Provider.Email],
                    Subject = "Next week",
                    TextBody = "Hi,\n\nThanks for the session on Monday. Could you also review my LinkedIn profile and send me the invoice? " +
                        "Can we move Friday's call to 10am? Please add one more mock interview.\n\nBest",
                },
                services.GetRequiredService<TimeProvider>().Today());
        }).ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
