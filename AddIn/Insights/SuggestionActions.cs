using MailScope.Core.Insights;
using MailScope.Core.ScopeBooks;

namespace MailScope.AddIn.Insights;

/// <summary>
/// The one-click action of a suggestion, where one exists: a retainer offer opens a new draft to the client
/// in the user's mail program (a mailto: link with the offer written out). Repricing a package has none:
/// MailScope never rewrites the scope book.
/// </summary>
internal static class SuggestionActions
{
    public static (string Label, string Href)? Of(Suggestion suggestion, ScopeBook book)
    {
        if (suggestion.Kind != "retainer" || book.Clients.FirstOrDefault(c => c.Id == suggestion.ClientId) is not { } client ||
            client.Emails.Count == 0 || book.Retainers.Count == 0)
        {
            return null;
        }

        var retainer = book.Retainers[0];
        var subject = $"{retainer.Name}: a monthly plan for what you keep asking for";
        var body = $"Hi {client.Name.Split(' ')[0]},\n\nYou have asked for a few extras lately, so here is a simpler way: {retainer.Name}, " +
                   $"{InsightsCharts.Money(retainer.MonthlyPrice)} {book.Provider.Currency} a month. {retainer.Allowance}.\n\n" +
                   $"Would you like to start it next month?\n\n{book.Provider.Name}";
        return ("Draft the retainer offer", $"mailto:{Uri.EscapeDataString(client.Emails[0])}?subject={Uri.EscapeDataString(subject)}&body={Uri.EscapeDataString(body)}");
    }
}
