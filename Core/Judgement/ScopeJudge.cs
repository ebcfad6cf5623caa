using System.Globalization;
using System.Text.RegularExpressions;
using MailScope.Core.Asks;
using MailScope.Core.Language;
using MailScope.Core.Matching;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Zoning;

namespace MailScope.Core.Judgement;

/// <summary>
/// Judges messages against one scope book: who the client is, which asks the new text holds, and
/// whether each is in scope, over quota, out of scope or outside the provider's expertise. Built once
/// per book; <see cref="Judge"/> is thread-safe.
/// </summary>
public sealed partial class ScopeJudge
{
    private readonly ClientDirectory _clients;
    private readonly ScopeIndex _index;

    public ScopeJudge(ScopeBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        Book = book;
        _clients = new ClientDirectory(book.Clients);
        _index = new ScopeIndex(book);
    }

    public ScopeBook Book { get; }

    /// <summary>The client the address belongs to, or null.</summary>
    public Client? FindClient(string? address) => _clients.Find(address);

    /// <summary>Each deliverable of the client's package with quantity, used and left.</summary>
    public IReadOnlyList<DeliverableUsage> UsageOf(Client client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var package = Book.FindPackage(client.PackageId);
        return package is null ? [] : package.Deliverables.Select(d => new DeliverableUsage(d.Id, d.Name, d.Quantity, client.UsedOf(d.Id), d.Unit)).ToList();
    }

    /// <summary>Judges one message as of <paramref name="today"/> (engagement windows use it).</summary>
    public MessageJudgement Judge(InboundMessage message, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(message);
        var from = message.From?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(from))
        {
            return new MessageJudgement(null, Verdict.NotAClient, [], "The message has no sender address.");
        }

        if (from == Book.Provider.Email)
        {
            return new MessageJudgement(null, Verdict.NotAClient, [], "Sent by the provider.");
        }

        var client = _clients.Find(from);
        if (client is null || Book.FindPackage(client.PackageId) is not { } package)
        {
            return new MessageJudgement(null, Verdict.NotAClient, [], $"{from} is not a client in the scope book.");
        }

        var newText = NewTextExtractor.Extract(message.TextBody, message.HtmlBody);
        if (AutoReply.Is(message, newText))
        {
            return new MessageJudgement(client.Id, Verdict.NoRequest, [], "An automatic reply.");
        }

        var asks = AskDetector.Detect(SentenceSplitter.Split(newText));
        var requests = new List<RequestJudgement>(asks.Count);
        foreach (var ask in asks)
        {
            if (JudgeAsk(ask, requests.Count > 0 ? requests[^1] : null, client, package, today) is { } request)
            {
                requests.Add(request);
            }
        }

        if (requests.Count == 0)
        {
            return new MessageJudgement(client.Id, Verdict.NoRequest, requests, "No request for work in the new text.");
        }

        // "We'd like to be on LinkedIn too. Could you manage that account as well?": a wish that names
        // nothing the book knows, spelled out by the next ask, is that ask.
        for (var i = 0; i + 1 < requests.Count; i++)
        {
            if (requests[i].Match.Kind == MatchKind.None && asks.Count == requests.Count && asks[i].MayElaborate &&
                asks[i + 1].Context == requests[i].Text && Pointing.IsIn(asks[i + 1].Span) && requests[i + 1].Match.Kind != MatchKind.None)
            {
                requests[i] = requests[i] with { Verdict = requests[i + 1].Verdict, Match = requests[i + 1].Match, Reason = requests[i + 1].Reason };
            }
        }

        var strongest = requests.MaxBy(r => r.Verdict)!;
        return new MessageJudgement(client.Id, strongest.Verdict, requests, strongest.Reason);
    }

    private RequestJudgement? JudgeAsk(DetectedAsk ask, RequestJudgement? previous, Client client, Package package, DateOnly today)
    {
        // The ask's object is looked for in its own clause first, without references to past calls.
        var match = _index.Match(PastReference().Replace(ask.Span, " "), package);
        if (match.Kind == MatchKind.None)
        {
            match = _index.Match(ask.Span, package);
        }

        if (ask.ContextIsLead && MatchAround(ask.Context!, package) is { Kind: MatchKind.Deliverable } lead)
        {
            // Items under "Our feedback for the second round of revisions:" are parts of that deliverable.
            match = lead;
        }

        // When the clause names its own thing and nothing matched, the rest of the sentence is not asked
        // for ("while you're reviewing my resume, could you also rewrite my LinkedIn headline?").
        var pointsBack = Pointing.IsIn(Expletive().Replace(ask.Span, " ")) || !ObjectWords.HasConcreteObject(ask.Span);
        if (match.Kind == MatchKind.None && pointsBack)
        {
            match = MatchAround(ask.Sentence, package);
        }

        if (match.Kind == MatchKind.None && TopicFirst().Match(Tokenizer.Fold(ask.Sentence)) is { Success: true } topic)
        {
            // "For the album, can we have the linen cover in green?": the topic named up front.
            match = MatchAround(topic.Value, package);
        }

        if (match.Kind == MatchKind.Package && ask.Context is not null && Pointing.IsIn(ask.Span) &&
            MatchAround(ask.Context, package) is { Kind: MatchKind.Deliverable } own)
        {
            // "Can you translate these three as well?" after naming three certificates: the things named
            // before are what is asked for, and they are the client's own deliverable.
            match = own;
        }

        if (match.Kind == MatchKind.None && ask.Context is not null && (pointsBack || ask.ContextIsLead))
        {
            // "Would you mind taking a look at it?": the thing was named in the sentence before, or in
            // the line that introduced a list of changes.
            match = MatchAround(ask.Context, package);
        }

        if (match.Kind == MatchKind.None && ask.MayElaborate && previous is not null && previous.Text == ask.Context && previous.Match.Kind != MatchKind.None)
        {
            // "Could you build a website for my bakery? We need a menu page and opening hours." is one ask.
            match = previous.Match;
        }

        if (ask.Logistics && (match.Strength < 2 || match.Kind != MatchKind.Deliverable))
        {
            // "Could you send me the invoice for the extra call?" is admin, unless it plainly names work
            // the book sells ("send reminders for the overdue invoices").
            return null;
        }

        if (ask.SeeksReferral && match.Kind is not MatchKind.Referral && MatchAround(ask.Sentence, package) is { Kind: MatchKind.Referral } named)
        {
            // "Do you teach violin, or can you recommend a teacher?": the sentence names whose expertise it is.
            match = named;
        }

        if (ask.SeeksReferral && match.Kind is not MatchKind.Referral)
        {
            // "Could you recommend a book?" asks for a tip, not for work.
            return null;
        }

        var (verdict, reason) = Decide(ask, match, client, package, today);
        return new RequestJudgement(ask.Sentence, verdict, match, ask.Cue, reason, ask.Quantity);
    }

    /// <summary>Text around the ask: anchored first, then any mention.</summary>
    private ScopeMatch MatchAround(string text, Package package) =>
        _index.Match(text, package) is { Kind: not MatchKind.None } anchored ? anchored : _index.Match(text, package, anchored: false);

    private (Verdict, string) Decide(DetectedAsk ask, ScopeMatch match, Client client, Package package, DateOnly today)
    {
        if (client.HasEndedBy(today))
        {
            return (Verdict.OutOfScope, $"The engagement ended on {client.End!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; any new work is outside it.");
        }

        if (Correction().IsMatch(ask.Span) && Defect().IsMatch(ask.Context + " " + ask.Sentence))
        {
            // "There's a typo in yesterday's post - could you fix it?": putting delivered work right is not new work.
            return (Verdict.InScope, "A correction of delivered work.");
        }

        if (ask.CueKind == "advice" && match.Kind is MatchKind.None or MatchKind.Deliverable)
        {
            // A question on the client's own work is what the engagement is for.
            return (Verdict.InScope, $"A question within {package.Name}.");
        }

        switch (match.Kind)
        {
            case MatchKind.Deliverable:
                var d = package.FindDeliverable(match.Id!)!;
                if (d.Quantity is not { } quantity)
                {
                    return (Verdict.InScope, $"'{d.Name}' is part of {package.Name}.");
                }

                if (ForSomeoneElse().IsMatch(ask.Span))
                {
                    return (Verdict.OutOfScope, $"'{d.Name}' is for {client.Name}, not for someone else.");
                }

                var used = client.UsedOf(d.Id);
                var left = quantity - used;
                return left <= 0 || ask.Quantity > left || BeyondWhatIsLeft().IsMatch(ask.Sentence) || OrdinalOf(ask.Span) > quantity
                    ? (Verdict.OverQuota, $"'{d.Name}': {used} of {quantity} used, {Math.Max(0, left)} left; the ask wants {ask.Quantity}.")
                    : (Verdict.InScope, $"'{d.Name}': {used} of {quantity} used, {left} left.");
            case MatchKind.AddOn:
                return (Verdict.OutOfScope, $"'{match.Name}' is an add-on, not part of {package.Name}.");
            case MatchKind.Package:
                return (Verdict.OutOfScope, $"'{match.Name}' comes with the {Book.FindPackage(match.Id!)?.Name ?? match.Id} package, not {package.Name}.");
            case MatchKind.Referral:
                return (Verdict.OutsideExpertise, $"Outside {Book.Provider.Name}'s expertise; {match.Id} does this.");
            default:
                return ObjectWords.HasConcreteObject(ask.Span) || (ask.Context is not null && Pointing.IsIn(ask.Span) && ObjectWords.HasConcreteObject(ask.Context))
                    ? (Verdict.OutOfScope, $"Nothing in {package.Name} covers it.")
                    : (Verdict.InScope, "A general request for help within the engagement.");
        }
    }

    // "Would it be possible", "it would be great": an "it" that points at nothing.
    [GeneratedRegex(@"\b(?:(?:would|will|is|was)\s+it\s+be|is\s+it\s+possible|it(?:'d|\s+would|\s+will)\s+be|it's\s+possible|that(?:'d|\s+would)\s+be)\b")]
    private static partial Regex Expletive();

    /// <summary>"A third one", "a 5th session": the ordinal asked for, or 0.</summary>
    private static int OrdinalOf(string span) => Ordinal().Match(span) is { Success: true } m
        ? m.Groups[1].Value switch
        {
            "second" or "2nd" => 2,
            "third" or "3rd" => 3,
            "fourth" or "4th" => 4,
            "fifth" or "5th" => 5,
            "sixth" or "6th" => 6,
            _ => 0,
        }
        : 0;

    [GeneratedRegex(@"\b(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(?:one|\w+)\b")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\b(?:fix|correct|repair|sort\s+out|undo)\b")]
    private static partial Regex Correction();

    [GeneratedRegex(@"\b(?:typo|typos|mistake|mistakes|error|errors|wrong|broken|misspel\w*|incorrect)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Defect();

    [GeneratedRegex(@"^(?:for|about|regarding|re:?|on|with|as\s+for|concerning)\s+(?:the|my|our)?\s*[\w\s'-]{1,40}?\s*[,:–-]")]
    private static partial Regex TopicFirst();

    // "her resume", "my husband's CV": a deliverable is bought for the client, not for family and friends.
    [GeneratedRegex(@"\b(?:his|her)\s+(?:\w+\s+)?(?:resume|cv|profile|website|site|photos?|books|account|taxes|return|page|logo)\b|\bmy\s+(?:sister|brother|husband|wife|partner|friend|mother|mom|mum|father|dad|son|daughter|cousin|colleague|boss|neighbou?r|niece|nephew|aunt|uncle)(?:'s|s)?\s+\w+|\bfor\s+(?:him|her)\b")]
    private static partial Regex ForSomeoneElse();

    // "two more calls on top of the ones I have left": more than the package holds, whatever the count.
    [GeneratedRegex(@"\b(?:on\s+top\s+of|in\s+addition\s+to|beyond|besides|more\s+than)\s+(?:the\s+|my\s+|what\s+)?(?:ones?\s+|sessions\s+|calls\s+)?(?:i\s+have\s+|we\s+have\s+|is\s+|are\s+)?(?:left|remaining|included|planned|in\s+(?:my|the|our)\s+package)", RegexOptions.IgnoreCase)]
    private static partial Regex BeyondWhatIsLeft();

    [GeneratedRegex(@"\b(?:from|in|during|after|since|on|at|about)\s+(?:our|the|my|your|this|that|last|yesterday's|today's|\w+day's)\s+(?:(?:last|previous|recent|first|second|third|earlier|latest|\w+day's)\s+)?(?:call|session|meeting|chat|zoom)s?\b")]
    private static partial Regex PastReference();
}
