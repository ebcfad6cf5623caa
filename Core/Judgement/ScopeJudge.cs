using System.Globalization;
using System.Text.RegularExpressions;
using MailScope.Core.Agreements;
using MailScope.Core.Asks;
using MailScope.Core.Knowledge;
using MailScope.Core.Language;
using MailScope.Core.Matching;
using MailScope.Core.Messages;
using MailScope.Core.ScopeBooks;
using MailScope.Core.Zoning;

namespace MailScope.Core.Judgement;

/// <summary>
/// Judges messages against one scope book: who the client is, which asks the new text holds, and
/// whether each is in scope, over quota, out of scope or outside the provider's expertise. Built once
/// per book; <c>Judge</c> is thread-safe.
/// </summary>
public sealed partial class ScopeJudge
{
    private readonly ClientDirectory _clients;
    private readonly AskResolver _resolver;
    private readonly VerdictRules _rules;
    private readonly VerdictCalibration _calibration;
    private readonly AskModel _askModel;
    private readonly double _questionProbability;
    private readonly double _answerProbability;
    private readonly SemanticSignal? _semantic;

    /// <summary>A judge with the default settings (<see cref="JudgementOptions.Default"/>).</summary>
    public ScopeJudge(ScopeBook book)
        : this(book, JudgementOptions.Default)
    {
    }

    /// <summary>A judge with explicit settings; the book's <c>judgement.flag_confidence</c> still wins when it has one.</summary>
    public ScopeJudge(ScopeBook book, JudgementOptions options)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(options);
        Book = book;
        _clients = new ClientDirectory(book.Clients);
        _resolver = new AskResolver(new ScopeIndex(book));
        _rules = new VerdictRules(book);
        var semantic = options.Embedder is not null && !options.SemanticLines.IsOff;
        _calibration = options.Calibration ?? (semantic ? VerdictCalibration.ShippedSemantic : VerdictCalibration.Shipped);
        _askModel = options.AskModel ?? AskModel.Shipped;
        _questionProbability = options.QuestionProbability;
        _answerProbability = options.AnswerProbability;
        _semantic = semantic ? new SemanticSignal(new SemanticMatcher(book, options.Embedder!), options.SemanticLines) : null;
        Embedder = semantic ? options.Embedder : null;
        FlagConfidence = book.FlagConfidence ?? options.FlagConfidence;
    }

    /// <summary>The semantic signal's embedder when it is on, else null: the user's corrections carry over by meaning with it.</summary>
    public ITextEmbedder? Embedder { get; }

    /// <summary>The confidence a creep verdict needs to flag a message (book setting, else the options').</summary>
    public double FlagConfidence { get; }

    public ScopeBook Book { get; }

    /// <summary>The client the address belongs to, or null.</summary>
    public Client? FindClient(string? address) => _clients.Find(address);

    /// <summary>Each deliverable of the client's packages with quantity, used and left, from the book alone.</summary>
    public IReadOnlyList<DeliverableUsage> UsageOf(Client client) => UsageOf(client, AgreementSnapshot.Empty, DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>
    /// Each deliverable of the client's packages and active retainer, and each purchased item, with quantity,
    /// used and left in the period holding <paramref name="asOf"/>: book + ledger + accepted quotes.
    /// </summary>
    public IReadOnlyList<DeliverableUsage> UsageOf(Client client, AgreementSnapshot snapshot, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(client);
        return AgreementOf(client, snapshot, asOf).Items
            .Select(i => new DeliverableUsage(i.Id, i.Name, i.Quantity, i.Used, i.Unit) { Per = i.Per, Purchased = i.Purchased })
            .ToList();
    }

    /// <summary>The client's effective agreement as of <paramref name="asOf"/> (book + the snapshot's ledger and quotes).</summary>
    public Agreement AgreementOf(Client client, AgreementSnapshot snapshot, DateOnly asOf) => AgreementBuilder.Build(Book, client, snapshot, asOf);

    /// <summary>Judges one message as of <paramref name="today"/> against the book alone (engagement windows use the day).</summary>
    public MessageJudgement Judge(InboundMessage message, DateOnly today) => Judge(message, today, AgreementSnapshot.Empty);

    /// <summary>
    /// Judges one message as of <paramref name="today"/> against everything the client has: the book plus the
    /// snapshot's ledger entries and accepted quotes, with usage in the period the message's date falls in
    /// (its <see cref="InboundMessage.Date"/>, else <paramref name="today"/>).
    /// </summary>
    public MessageJudgement Judge(InboundMessage message, DateOnly today, AgreementSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(snapshot);
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
        if (client is null)
        {
            return new MessageJudgement(null, Verdict.NotAClient, [], $"{from} is not a client in the scope book.");
        }

        var asOf = message.Date is { } sent ? DateOnly.FromDateTime(sent.UtcDateTime) : today;
        var agreement = AgreementOf(client, snapshot, asOf);
        var scope = MatchScope.Of(agreement);
        var newText = NewTextExtractor.Extract(message.TextBody, message.HtmlBody);
        if (AutoReply.Is(message, newText))
        {
            return new MessageJudgement(client.Id, Verdict.NoRequest, [], "An automatic reply.");
        }

        var sentences = SentenceSplitter.Split(newText);
        var asks = AskDetector.Detect(sentences);
        asks = WithLearnedQuestions(sentences, asks);
        var requests = new List<RequestJudgement>(asks.Count);
        // A question the detector is unsure of is one the included support answers; without support, the work it is about
        // decides (InProgress).
        var unsureAnswered = SupportOf(agreement) is { Kind: MatchKind.Deliverable };
        foreach (var ask in asks)
        {
            if (!unsureAnswered && IsUnsureQuestion(ask))
            {
                continue;
            }

            if (JudgeAsk(ask, PreviousOf(ask, requests), client, agreement, scope, today) is { } request)
            {
                requests.Add(request);
            }
        }

        if (requests.Count == 0 && InProgress(sentences, client, agreement, scope, today) is { } progress)
        {
            requests.Add(progress);
        }
        else if (requests.Count > 0 && asks.TrueForAll(a => a.CueKind == "wish" && !NewWork.IsMatch(a.Span)) && requests.TrueForAll(r => r.Match.Kind == MatchKind.None) &&
                 WorkInProgress.Find(sentences) is { Kind: "status" } && InProgress(sentences, client, agreement, scope, today) is { } status)
        {
            // "Anything back yet on the water you took on the 14th? … I'd like to have it in the folder.": a wish that names
            // nothing the book knows, beside a question on where the work stands, is why the client asks.
            requests = [status];
        }
        else if (requests.Count > 0 && asks.TrueForAll(IsUnsureQuestion) &&
                 InProgress(sentences, client, agreement, scope, today) is { Match.Kind: MatchKind.Referral } field)
        {
            // Only questions the detector is unsure of: the work they are about decides, as when nothing was asked ("a photo
            // of my scalp… what causes this and what should I put on it?" is a field's work).
            requests = [field];
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

        // "Would you be able to take that on? Nothing dramatic: foundation, a bit of contour…": an ask that names nothing the
        // book knows, described in the sentence after it, is in the field that sentence names.
        for (var i = 0; i < requests.Count && asks.Count == requests.Count; i++)
        {
            // "Would you be able to take care of the green around the candles as well? What I picture is long runners of fir,
            // eucalyptus and ivy…": an ask with things of its own that the book does not know takes the field only when the
            // sentence after names it strongly.
            if (requests[i] is { Match.Kind: MatchKind.None, Verdict: Verdict.OutOfScope } && DescribedAfter(sentences, asks, asks[i]) is { } after &&
                _resolver.Mentioned(after, scope) is { Kind: MatchKind.Referral, Strength: > 0 } field &&
                (field.Strength > 1 || !ObjectWords.HasConcreteObject(asks[i].Span) || Pointing.IsIn(asks[i].Span)))
            {
                // Decided like any other match: an engagement that has ended still makes it out of scope.
                var decision = _rules.Decide(asks[i], field, client, agreement, today);
                requests[i] = requests[i] with { Verdict = decision.Verdict, Match = decision.Found ?? field, Reason = decision.Reason };
            }
        }

        // Creep said with too little confidence is shown as possible creep and does not flag the message:
        // a false "that's extra" costs the user more than a miss.
        for (var i = 0; i < requests.Count; i++)
        {
            if (requests[i].Verdict.IsFlagged() && requests[i].Confidence < FlagConfidence)
            {
                requests[i] = requests[i] with { Uncertain = true, Reason = $"Possible creep, not flagged (confidence {requests[i].Confidence:0.00}): {requests[i].Reason}" };
            }
        }

        var strongest = requests.MaxBy(r => r.Uncertain ? Verdict.InScope : r.Verdict)!;
        return strongest.Uncertain
            ? new MessageJudgement(client.Id, Verdict.InScope, requests, $"Possibly: {strongest.Reason} (confidence {strongest.Confidence:0.00}, below {FlagConfidence:0.00}: not flagged)")
            : new MessageJudgement(client.Id, strongest.Verdict, requests, strongest.Reason);
    }

    // "I'd love to have a logo designed": a wish for new work is judged, whatever else the message asks.
    private static readonly Regex NewWork = KnowledgeFile.Pattern(@"\b{new-work-verbs}");

    /// <summary>
    /// The request before the ask; "Let me know if you can do it": an admin clause of the ask's own sentence that names
    /// nothing ("let me know") stands aside for the one before it.
    /// </summary>
    private static RequestJudgement? PreviousOf(DetectedAsk ask, List<RequestJudgement> requests) =>
        requests.Count == 0 ? null
        : requests.Count > 1 && requests[^1] is { Match.Kind: MatchKind.None } aside && aside.Text == ask.Sentence ? requests[^2]
        : requests[^1];

    // "It's only one storey, you can reach most of it from the back lawn.": how to get at the work, not what it is.
    [GeneratedRegex(@"\b(?:you|they|he|she|your\s+\w+)\s+(?:can|could|will\s+be\s+able\s+to|'ll\s+be\s+able\s+to)\s+(?:easily\s+)?(?:reach|get\s+to|get\s+at|access|get\s+in|get\s+round|park)\b")]
    private static partial Regex HowToGetThere();

    /// <summary>The sentence right after the ask's, when it asks nothing itself.</summary>
    private static string? DescribedAfter(List<SentenceSplitter.Sentence> sentences, List<DetectedAsk> asks, DetectedAsk ask)
    {
        var at = sentences.FindIndex(s => s.Text == ask.Sentence);
        return at >= 0 && at + 1 < sentences.Count &&
               !asks.Exists(a => a.Sentence == sentences[at + 1].Text) && !HowToGetThere().IsMatch(Tokenizer.Fold(sentences[at + 1].Text))
            ? sentences[at + 1].Text
            : null;
    }

    /// <summary>
    /// Every ask gets the learned detector's probability (a signal for the confidence), and a question the
    /// rules did not read as an ask becomes one when the detector is sure enough: docs/asks.md counts questions
    /// ("when will the report be ready?"), and the rules, written for work asks, miss many of them.
    /// </summary>
    private List<DetectedAsk> WithLearnedQuestions(List<SentenceSplitter.Sentence> sentences, List<DetectedAsk> asks)
    {
        var result = new List<DetectedAsk>(asks.Count);
        var byRule = asks.GroupBy(a => a.Sentence, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        string? previous = null;
        var before = new List<string>();
        foreach (var sentence in sentences)
        {
            var p = _askModel.Probability(sentence.Text);
            if (byRule.Remove(sentence.Text, out var found))
            {
                result.AddRange(found.Select(a => a with { AskProbability = p }));
            }
            // A status question ("How far you are with the drawing?") is left to InProgress, which judges it on the work under way.
            else if (sentence.Text.TrimEnd().EndsWith('?') && p >= _answerProbability && !SmallTalk.IsIn(sentence.Text) &&
                     !StatusWords.AreAsked(Tokenizer.Fold(sentence.Text)) && !QuotedSpeech.IsIn(sentence.Text))
            {
                var cue = AskDetector.OpeningWords(sentence.Text);
                result.Add(new DetectedAsk(sentence.Text, cue, "question", Tokenizer.Fold(sentence.Text), 1, sentence.Lead ?? previous) { AskProbability = p, Question = true, Earlier = sentence.Lead is null ? AskDetector.EarlierThan(before) : [] });
            }

            previous = sentence.Text;
            before.Add(sentence.Text);
        }

        // Asks whose sentence the splitter gave differently keep their place at the end.
        result.AddRange(byRule.Values.SelectMany(a => a));
        return result;
    }

    /// <summary>
    /// Material handed over for, or a status question on, a deliverable the client has: an in-scope ask
    /// (docs/asks.md), though nothing is asked for. Never after the engagement ended: nothing is in progress then.
    /// </summary>
    private RequestJudgement? InProgress(List<SentenceSplitter.Sentence> sentences, Client client, Agreement agreement, MatchScope scope, DateOnly today)
    {
        if (client.HasEndedBy(today) || WorkInProgress.Find(sentences) is not { } found)
        {
            return null;
        }

        // "Is that kind of thing actually allowed in Ireland, or would it never hold up?": the answer lies in a referral's
        // field, which the included support does not give (docs/asks.md); so too after a photo handed over to show the trouble.
        var questioned = found.Kind == "question" ? found.Sentence
            : found.Kind == "handover" && WorkInProgress.HandsOver(found.Sentence) ? WorkInProgress.FirstQuestion(sentences) : null;
        if (questioned is not null && !OwnPractice().IsMatch(Tokenizer.Fold(questioned)) && InProgressAsk((questioned, "question", questioned)) with { Question = true } is var question &&
            _resolver.FieldAsked(question, scope) is not null && JudgeAsk(question, null, client, agreement, scope, today) is { Match.Kind: MatchKind.Referral } asked)
        {
            return asked;
        }

        if (found.Kind == "handover" && Keepsake.IsMatch(Tokenizer.Fold(found.Sentence)))
        {
            // "I attach a screenshot of the page, for your portfolio if you like": a keepsake, whatever work the mail names.
            return null;
        }

        // A question on the work is answered by the included support, or, without one, as part of the deliverable it is about.
        var match = found.Kind == "question" && SupportOf(agreement) is { Kind: MatchKind.Deliverable } support ? support
            : _resolver.Mentioned(found.Sentence, scope) is { Kind: MatchKind.Deliverable } own ? own
            : _resolver.Mentioned(found.Around, scope) is { Kind: MatchKind.Deliverable } near ? near
            // Material handed over is often named for its deliverable further down ("For the services: …").
            : found.Kind == "handover" ? _resolver.Mentioned(string.Join(' ', sentences.Select(s => s.Text)), scope) : ScopeMatch.Nothing;
        if (match.Kind == MatchKind.None && found.Kind == "status" && agreement.Deliverables.Any())
        {
            // "How are the October figures coming along?" in words the book does not use: a status question names work
            // already under way, which is the client's own; what the book sells besides would have been named.
            return InScope(InProgressAsk(found), ScopeMatch.Nothing, found.Kind, "A question on where the agreed work stands.");
        }

        if (match.Kind != MatchKind.Deliverable && found.Kind == "handover" && WorkInProgress.AsAsked(found.Around) && agreement.Deliverables.Any())
        {
            // "As promised, attached are my first two weeks of bedtime notes": what the provider asked for is for the agreed
            // work, whatever the client calls it.
            return InScope(InProgressAsk(found), ScopeMatch.Nothing, found.Kind, "Material the provider asked for, for the agreed work.");
        }

        if (match.Kind != MatchKind.Deliverable && found.Kind == "handover" && agreement.Deliverables.Any() && !NewsNotMaterial.IsMatch(Tokenizer.Fold(found.Around)))
        {
            // "Attached is the final lot sheet for the 5th": material handed over to a client's provider is for the agreed
            // work, named or not (docs/asks.md), unless it is news or a keepsake (Knowledge/news-not-material.txt).
            return InScope(InProgressAsk(found), ScopeMatch.Nothing, found.Kind, "Material handed over for the agreed work.");
        }

        if (match.Kind != MatchKind.Deliverable || agreement.Find(match.Id!) is not { } item ||
            (found.Kind == "handover" && ShownOff.IsMatch(Tokenizer.Fold(found.Around))))
        {
            return null;
        }

        return InScope(InProgressAsk(found), match, found.Kind, found.Kind switch
        {
            "handover" => $"Material for '{item.Name}', part of {item.OwnerName}.",
            "booking" => $"A day proposed for '{item.Name}', part of {item.OwnerName}.",
            "question" => $"A question that '{item.Name}' answers, part of {item.OwnerName}.",
            _ => $"A question on where '{item.Name}' stands, part of {item.OwnerName}.",
        });
    }

    // "Should I be doing it with every club?": how the client practises what they were taught, answered by the provider.
    [GeneratedRegex(@"\b(?:should|shall)\s+(?:i|we)\s+(?:be\s+\w+ing|do|keep|use|try|practi[cs]e|stop|start)\b")]
    private static partial Regex OwnPractice();

    // The cue shown is the sentence's opening words, as for a learned question; the kind is what the confidence weighs.
    private static DetectedAsk InProgressAsk((string Sentence, string Kind, string Around) found) =>
        new(found.Sentence, AskDetector.OpeningWords(found.Sentence), found.Kind, Tokenizer.Fold(found.Sentence), 1, null);

    private static readonly Regex NewsNotMaterial = KnowledgeFile.Pattern("{news-not-material}");
    private static readonly Regex Keepsake = KnowledgeFile.Pattern("{keepsakes}");

    // "Just had to share - first full month with the battery… Screenshot attached.": news even when it names a deliverable.
    private static readonly Regex ShownOff = KnowledgeFile.Pattern("{shown-off}");

    /// <summary>An in-scope judgement that no rule decided (work in progress, a learned question), with its evidence and confidence.</summary>
    private RequestJudgement InScope(DetectedAsk ask, ScopeMatch match, string kind, string reason)
    {
        var decision = new VerdictRules.Decision(Verdict.InScope, kind, reason);
        var evidence = VerdictEvidence.Of(ask, match, decision);
        return new RequestJudgement(ask.Sentence, decision.Verdict, match, ask.Cue, decision.Reason, 1) { Confidence = Math.Round(_calibration.Confidence(evidence), 3), Evidence = evidence };
    }

    /// <summary>The client's included support (email support, questions answered: no quantity), which answers a question on the work.</summary>
    private static ScopeMatch SupportOf(Agreement agreement) =>
        agreement.Deliverables.FirstOrDefault(d => d.Quantity is null && SupportName().IsMatch(d.Name)) is { } support
            ? new ScopeMatch(MatchKind.Deliverable, support.Id, support.Name, null)
            : ScopeMatch.Nothing;

    [GeneratedRegex(@"\b(?:support|questions?|advice|q\s*&\s*a|check-?ins?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupportName();

    // "Can you come out next week?", "Can I come to the Monday class?": the provider asked to do or give something, not to answer.
    // Also after a clause: "I think I still had one visit left, could I come in and use it next week?"
    [GeneratedRegex(@"(?:^|[,;:\u2013-]\s+)(?:\w+\W+){0,3}?(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|one\s+of\s+you)\b|(?:can|could|may)\s+(?:i|we)\s+(?:come|book|join|have|get|do|attend|squeeze|fit|use)\b)")]
    private static partial Regex AsksToDo();

    // "Can your company put these in?", "Is that something you could make for us?", "Your men can come and connect
    // it?": the provider (or their people) asked to do or bring something. Asked to tell, confirm or send is an answer owed.
    [GeneratedRegex(@"^(?:\w+\W+){0,3}?(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|one\s+of\s+(?:you|your\s+\w+)|your\s+\w+(?:\s+\w+)?|the\s+(?:boys|lads|guys|team|crew|men|girls))\b|(?:is|would)\s+(?:that|this|it)\s+(?:be\s+)?(?:something|anything)\s+(?:you|your\s+\w+)\b|(?:you|your\s+\w+)\s+(?:can|could)\s+(?:come|do|make|add|put|bring|fit|fix|connect|install|set)\b|(?:can|could|would|will)\s+(?!(?:i|we|it|that|this|there)\b)(?:one\s+of\s+)?(?:the\s+)?\w+(?:\s+\w+)?\s+(?:come|do|make|bring|fit|fix|see|take|visit|pop|drop|stop|get|clear|check|be\s+able\s+to)\b)(?!.*\b(?:tell|confirm|explain|advise|recommend|clarify|remind|send|share|email|forward|let\s+(?:me|us)\s+know)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProviderAskedToDo();

    /// <summary>
    /// What a question asks the provider (or their people) to do, when it names something the engagement does not
    /// simply hold: an add-on, another package, a referral's field, or the client's own deliverable with a repeat said.
    /// </summary>
    private ScopeMatch? WorkAskedOfProvider(DetectedAsk ask, RequestJudgement? previous, Agreement agreement, MatchScope scope)
    {
        // "Is that something your team could do once the van is loaded?" after describing the job: work asked
        // of the provider, judged by what it names (here or in the sentence before) like any other ask. The client's
        // own deliverable only with a repeat said ("same as they did with the oven"): "Can someone get out to her?"
        // after a breakdown is what the included call-outs are for, not one more engine service.
        if (!ProviderAskedToDo().IsMatch(ask.Span))
        {
            return null;
        }

        if (_resolver.Resolve(ask, previous, scope) is not { Kind: not MatchKind.None } work)
        {
            // "Can the surveyor come one time again to look at the east roof?": naming nothing, it asks again for work
            // done before, which the rules judge against what was delivered (RepeatOfDelivered).
            return RepeatCue.IsIn(ask.Sentence) && agreement.Deliverables.Any(d => d.Quantity is not null && d.Used > 0) ? ScopeMatch.Nothing : null;
        }

        return work.Kind is MatchKind.AddOn or MatchKind.Package or MatchKind.Referral ||
               (work is { Kind: MatchKind.Deliverable, Strength: > 0 } && RepeatCue.IsIn(ask.Sentence)) ? work : null;
    }

    /// <summary>The client's deliverable a question names with the sentence before it, unless an admin thing (a receipt) is what it is about.</summary>
    private ScopeMatch? WorkNamedAfterTheEnd(DetectedAsk ask, MatchScope scope)
    {
        var around = ask.Context + " " + ask.Sentence;
        if (AskDetector.MentionsAdmin(around))
        {
            return null;
        }

        // "I think I still had one visit left from the course, could I come in and use it?": what is left over is claimed
        // after the end, whatever it is called.
        return _resolver.Mentioned(around, scope) is { Kind: MatchKind.Deliverable } named ? named
            : LeftOver().IsMatch(Tokenizer.Fold(around)) ? ScopeMatch.Nothing : null;
    }

    [GeneratedRegex(@"\b(?:still\s+(?:had|have|got)|left\s+over|leftover|unused|outstanding)\b")]
    private static partial Regex LeftOver();

    [GeneratedRegex(@"\b(?:one|some|two|three|a\s+couple|a\s+few|any|the\s+rest)\s+of\s+(?:my|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+")]
    private static partial Regex PartOfOwnAllowance();

    // A question only the learned detector read as an ask, and below the line for reading it as work asked.
    private bool IsUnsureQuestion(DetectedAsk ask) => ask.Question && ask.AskProbability < _questionProbability;

    private RequestJudgement? JudgeAsk(DetectedAsk ask, RequestJudgement? previous, Client client, Agreement agreement, MatchScope scope, DateOnly today)
    {
        ScopeMatch? preset = null;
        if (ask.Question && VerdictRules.AsksForVariant(ask) && _resolver.Resolve(ask, previous, scope) is { Kind: MatchKind.Deliverable } own)
        {
            // A question that moves an included thing to someone or somewhere else, or wants it sooner, is a variant of it, not a question.
            preset = own;
        }
        else if (ask.Question && VerdictRules.AsksForVariant(ask) && PartOfOwnAllowance().IsMatch(Tokenizer.Fold(ask.Span)))
        {
            // "Could one of my remaining hours go to her instead?": the client's own allowance handed to someone else,
            // whatever its units are called: judged as a variant (VerdictRules), not answered as a question.
            preset = ScopeMatch.Nothing;
        }
        else if (ask.Question && client.HasEndedBy(today) && AsksToDo().IsMatch(ask.Span) && WorkNamedAfterTheEnd(ask, scope) is { } named)
        {
            // "Reds due for a new set. Can you come out next week?" after the engagement ended: work asked for, and
            // outside the engagement (docs/asks.md), not a question within it. A receipt or an invoice asked for is admin.
            preset = named;
        }
        else if (ask.Question && !client.HasEndedBy(today) && WorkAskedOfProvider(ask, previous, agreement, scope) is { } work)
        {
            preset = work;
        }
        else if (ask.Question && !client.HasEndedBy(today) && _resolver.FieldAsked(ask, scope) is { } field && (!IsUnsureQuestion(ask) || field.Strength >= 2))
        {
            // "Is it legal for us to use it, or do we need permission from somebody?": an answer that lies in a referral's
            // field is that field's work, asked as a question or not (docs/asks.md). A question the detector is unsure of is
            // a field's only when it names the field fully: "is it the angle of the nib or do I press too much?" is one more
            // about the work.
            preset = field;
        }
        else if (ask.Question)
        {
            // Found by the learned detector alone: an answer is owed, and the rules saw no work in it.
            return InScope(ask, ScopeMatch.Nothing, "question", "A question within the engagement.");
        }

        var match = preset ?? _resolver.Resolve(ask, previous, scope);
        if (match is null && !ask.Logistics)
        {
            return null;
        }

        if (match is not null && _semantic?.Refine(ask, match, scope) is { } meant)
        {
            match = meant;
        }

        // Admin and payment logistics, moving or confirming a session, resending what was delivered: an
        // ask (docs/asks.md), and never creep whatever the package.
        var decision = match is null || ask.Redelivery
            ? (match is null ? _rules.AtSurchargeTime(ask) : null) ?? new VerdictRules.Decision(Verdict.InScope, "logistics", "Admin or scheduling: never creep.")
            : _rules.Decide(ask, match, client, agreement, today);
        if (match?.Similarity is not null)
        {
            decision = decision with { Reason = decision.Reason + SemanticSignal.Note(match) };
        }

        match = decision.Found ?? match ?? ScopeMatch.Nothing;
        var evidence = VerdictEvidence.Of(ask, match, decision);
        return new RequestJudgement(ask.Sentence, decision.Verdict, match, ask.Cue, decision.Reason, ask.Quantity)
        {
            Confidence = Math.Round(_calibration.Confidence(evidence), 3),
            Evidence = evidence,
        };
    }
}
