using MailScope.Core.Agreements;
using MailScope.Core.ScopeBooks;
using MailScope.Templates.Quotes;
using MailScope.Templates.Rendering;

namespace MailScope.Templates.Drafting;

/// <summary>A confirmation of an accepted quote: the reply in text and HTML and the amended agreement as a PDF.</summary>
public sealed record DraftedConfirmation(string Subject, string Text, string Html, Attachment Agreement, string MessageId);

/// <summary>
/// Drafts the short confirmation sent when a client accepts a quote (<c>confirmation.*.scriban</c>, with the
/// amended agreement rendered from <c>agreement.txt.scriban</c> to PDF), overridable like every template.
/// </summary>
public sealed class ConfirmationDrafter(ScopeBook book, TemplateSet templates)
{
    /// <summary>Drafts the confirmation of <paramref name="quote"/>, with the agreement as of <paramref name="today"/> from the book and <paramref name="agreements"/>.</summary>
    /// <exception cref="TemplateException">A template fails.</exception>
    public DraftedConfirmation Draft(StoredQuote quote, AgreementSnapshot agreements, string subject, DateOnly today, string? signature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var client = book.Clients.FirstOrDefault(c => c.Id == quote.ClientId)
            ?? throw new TemplateException($"quote {quote.Number}: client '{quote.ClientId}' is not in the scope book");
        var model = ConfirmationModel.Build(book, AgreementBuilder.Build(book, client, agreements, today), quote, signature);
        var text = templates.Render("confirmation.txt.scriban", model, html: false, cancellationToken);
        var html = templates.Render("confirmation.html.scriban", model, html: true, cancellationToken);
        var document = templates.Render("agreement.txt.scriban", model, html: false, cancellationToken);
        var pdf = new Attachment($"Agreement-{quote.Number}.pdf", "application/pdf", QuotePdf.Write(document, $"Amended agreement for {client.Name} ({quote.Number})"));
        return new DraftedConfirmation(ReplyDrafter.ReplySubject(subject), text.Trim() + "\n", html, pdf, ReplyDrafter.NewMessageId(book.Provider.Email));
    }
}
