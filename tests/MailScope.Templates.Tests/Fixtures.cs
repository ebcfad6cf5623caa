using MailScope.Core.Judgement;
using MailScope.Core.Messages;
using MailScope.Core.Offers;
using MailScope.Core.ScopeBooks;

namespace MailScope.Templates.Tests;

/// <summary>The sample book, a judge, and messages from its clients.</summary>
internal static class Fixtures
{
    public static readonly DateOnly Today = new(2026, 11, 27);
    public static readonly ScopeBook Book = ScopeBookLoader.LoadFile(RepoPaths.Of("samples", "scope-book.yaml"));
    public static readonly ScopeJudge Judge = new(Book);

    public static (InboundMessage Message, MessageJudgement Judgement) Judged(string from, string body, string subject = "Hello")
    {
        var message = new InboundMessage { From = from, FromName = "Client", Subject = subject, TextBody = body, MessageId = "<m1@example.com>" };
        return (message, Judge.Judge(message, Today));
    }
}

/// <summary>A fake of our own port: numbers from a fixed sequence.</summary>
internal sealed class FixedQuoteNumbers : IQuoteNumbers
{
    private int _next;

    public Task<string> NextAsync(OfferKind kind, DateOnly issued, CancellationToken cancellationToken) =>
        Task.FromResult($"{(kind == OfferKind.Upgrade ? "UQ" : "CO")}-{issued.Year}-{++_next:D4}");
}
