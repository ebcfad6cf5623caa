using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>A one-message judgement for the test books whose one client writes from c@example.com, on a fixed day.</summary>
internal static class ClientMail
{
    public static readonly DateOnly Today = new(2026, 11, 27);

    public static MessageJudgement Judge(ScopeBook book, string text) =>
        new ScopeJudge(book).Judge(new InboundMessage { From = "c@example.com", TextBody = text }, Today);
}
