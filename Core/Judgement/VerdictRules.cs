using System.Globalization;
using System.Text.RegularExpressions;
using MailScope.Core.Agreements;
using MailScope.Core.Asks;
using MailScope.Core.Knowledge;
using MailScope.Core.Language;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Judgement;

/// <summary>The verdict of one ask from what it matched, the client's agreement (quotas, purchases, excludes) and the engagement window.</summary>
internal sealed partial class VerdictRules(ScopeBook book)
{
    private readonly Exclusions _exclusions = new(book);

    public Decision Decide(DetectedAsk ask, ScopeMatch match, Client client, Agreement agreement, DateOnly today)
    {
        if (client.HasEndedBy(today))
        {
            return new(Verdict.OutOfScope, "ended", $"The engagement ended on {client.End!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; any new work is outside it.");
        }

        // A defect in a referral's field ("the homepage looks broken on phones" to a privacy adviser) is not the provider's work to put right.
        // "We've cut a round, so a chunk of the page is now wrong. Could you fix it up with the new rules?" is a change the
        // client made, not a mistake of the provider's.
        // "help her fix the sight if it goes wrong" asks for help with what may happen, not a fix of what was delivered.
        if (Correction().IsMatch(ask.Span) && Defect().IsMatch(HypotheticalDefect().Replace(ask.Context + " " + ask.Sentence, " ")) && match.Kind != MatchKind.Referral &&
            !ClientsOwnChange().IsMatch(Tokenizer.Fold(ask.Context + " " + ask.Sentence)))
        {
            // "There's a typo in yesterday's post - could you fix it?": putting delivered work right is not new work.
            return new(Verdict.InScope, "correction", "A correction of delivered work.");
        }

        if (Excluded(ask, match, agreement) is { } excluded)
        {
            return excluded;
        }

        var name = agreement.Name;
        if (ClientsOwnStep().IsMatch(Tokenizer.Fold(ask.Span)) && match.Kind is not MatchKind.Referral)
        {
            // "Can I let it out myself, or will that mess up the pressure?": the client's own step, asked about.
            return new(Verdict.InScope, "advice", $"A question within {name}.");
        }

        if (ask.CueKind == "advice" && match.Kind is not MatchKind.Referral)
        {
            // A question on the client's own work is what the engagement is for.
            return new(Verdict.InScope, "advice", $"A question within {name}.");
        }

        switch (match.Kind)
        {
            case MatchKind.Deliverable when agreement.Find(match.Id!) is { } d:
                // The agreed time is often named before the asking clause ("the usual timeline is six weeks, but could you…").
                // "…fitted to one room (standard lead time of three weeks)": a lead time is how long the work takes, no appointment.
                // A turnaround in both the ask and the name is compared as numbers: "within three days" is no rush of "within 48 hours".
                if (FasterThanTheTurnaround(ask.Span, d.Name, counted: d.Quantity is not null) ?? (SoonerThanUsual(ask) && !Appointment.IsMatch(LeadTime().Replace(Tokenizer.Fold(d.Name), " "))))
                {
                    return new(Verdict.OutOfScope, "sooner", $"'{d.Name}' sooner than agreed is a change to {d.OwnerName}, not part of it.");
                }

                if (OtherPeriod.IsIn(ask.Sentence))
                {
                    return new(Verdict.OutOfScope, "earlier", $"'{d.Name}' for another period than the agreed one is a change to {d.OwnerName}, not part of it.");
                }

                if (MoreThanAgreed(ask.Sentence) || OverTheLimit(ask.Context + " " + ask.Sentence, d.Name) || BeyondWhatTheNameSets(ask.Sentence, d.Name))
                {
                    return new(Verdict.OutOfScope, "bigger", $"'{d.Name}' made bigger than agreed is a change to {d.OwnerName}, not part of it.");
                }

                if (NotWhatTheNameSays(ask.Sentence, d.Name))
                {
                    return new(Verdict.OutOfScope, "other-kind", $"'{d.Name}' made otherwise than its name says is a change to {d.OwnerName}, not part of it.");
                }

                if (d.Left is null or > 0 && SurchargeFor(ask.Span) is { } surcharge && !d.Name.Contains(surcharge.Time, StringComparison.OrdinalIgnoreCase))
                {
                    // "Could you do her sweep on a Saturday morning instead?" with "Evening or weekend appointment" on the menu:
                    // the included work at a time the book charges extra for.
                    return new(Verdict.OutOfScope, "surcharge", $"'{d.Name}' at that time takes '{surcharge.AddOn.Name}', an add-on to {d.OwnerName}.")
                    {
                        Found = new ScopeMatch(MatchKind.AddOn, surcharge.AddOn.Id, surcharge.AddOn.Name, null),
                    };
                }

                if (SwapsPersonOrPlace(ask.Sentence))
                {
                    return new(Verdict.OutOfScope, "swapped", $"'{d.Name}' for another person or in another place is a change to {d.OwnerName}, not part of it.");
                }

                if (d.Left is null or > 0 && SpentVisitAskedAgain(ask, agreement, d) is { } visit)
                {
                    // "Can you come again with us to see the terrace, where to put the speakers?": the visit asked again is
                    // the used-up one, not the thing it is about.
                    return new(Verdict.OverQuota, "quota-used", $"'{visit.Name}': {visit.Used} of {visit.Quantity} used, 0 left; asked again.") { Found = new ScopeMatch(MatchKind.Deliverable, visit.Id, visit.Name, null) };
                }

                if ((ForSomeoneElse(ask.Span) && !NamesAPartnerOfTheClient(ask, client)) || (GivesThemOne().IsMatch(Tokenizer.Fold(ask.Span)) && ask.Context is not null && RelativeNamed.IsMatch(Tokenizer.Fold(ask.Context))))
                {
                    return new(Verdict.OutOfScope, "someone-else", $"'{d.Name}' is for {client.Name}, not for someone else.");
                }

                if (d.Quantity is not { } quantity)
                {
                    return new(Verdict.InScope, "unlimited", $"'{d.Name}' is part of {d.OwnerName}.");
                }

                if (OnceUsedUp().IsMatch(Tokenizer.Fold(ask.Sentence)))
                {
                    // "Once the twelve sessions are used up, could you carry on through December?": asked beyond the quantity,
                    // whatever is left today (docs/asks.md: units asked for > quantity - used).
                    return new(Verdict.OverQuota, "beyond-quantity", $"'{d.Name}': asked for after the {quantity} agreed are used up.");
                }

                var used = d.Used;
                var left = quantity - used;
                if (left <= 0 && d.Per == QuantityPeriod.Engagement && Recurring().IsMatch(d.Name) && AsksForALaterPeriod(ask.Sentence, today))
                {
                    // "Can we book our December strategy call?" in November: a "Monthly strategy call" counted without a
                    // period (scope book v1) is used up for this month, not for the next.
                    return new(Verdict.InScope, "next-period", $"'{d.Name}' for a later period than the one used up.");
                }

                if (left <= 0 && d.Per == QuantityPeriod.Engagement && !Recurring().IsMatch(d.Name) && (Recurring().IsMatch(ask.Sentence) || FromNowOn().IsMatch(Tokenizer.Fold(ask.Sentence))))
                {
                    // "We'd love to keep this going after December, three articles a month": a standing arrangement beyond
                    // the package, not one more of what is used up (docs/asks.md: work nothing in the package covers).
                    return new(Verdict.OutOfScope, "standing", $"'{d.Name}' every period from now on is a new arrangement, not part of {d.OwnerName}.");
                }

                if (left > 0 && d.Per == QuantityPeriod.Engagement && PeriodOf(d.Name) is { } rhythm && MoreThisPeriod().Match(Tokenizer.Fold(ask.Sentence)) is { Success: true } more &&
                    more.Groups["period"].Value == rhythm)
                {
                    // "Could we add a second call this week?" of a "Weekly check-in call": one a week is what was agreed, whatever
                    // is left over the engagement.
                    return new(Verdict.OverQuota, "beyond-rhythm", $"'{d.Name}': one more this {rhythm} than agreed.");
                }

                var period = d.Per switch { QuantityPeriod.Month => " this month", QuantityPeriod.Week => " this week", _ => string.Empty };
                // "put the four big ones up" at a visit counts the pictures, not visits: a count pointed at ("the four") is of the
                // things named, and a visit or a session is only counted as more of it ("two more sessions").
                var wanted = Appointment.IsMatch(Tokenizer.Fold(d.Unit + " " + d.Name)) && !MoreOfIt().IsMatch(Tokenizer.Fold(ask.Span)) ? 1 : ask.Quantity;
                return left <= 0 || wanted > left || BeyondWhatIsLeft().IsMatch(ask.Sentence) || OrdinalOf(ask.Span) > quantity
                    ? new(Verdict.OverQuota, left <= 0 ? "quota-used" : "quota-count", $"'{d.Name}': {used} of {quantity} used{period}, {Math.Max(0, left)} left; the ask wants {ask.Quantity}.")
                    : new(Verdict.InScope, "quota-left", $"'{d.Name}': {used} of {quantity} used{period}, {left} left.");
            case MatchKind.AddOn or MatchKind.Package when Bought(agreement, match) is { } bought:
                // Units bought through an accepted quote: in scope until they are used.
                return bought.Left >= Math.Max(1, ask.Quantity)
                    ? new(Verdict.InScope, "purchased", $"'{bought.Name}': {bought.Used} of {bought.Quantity} purchased used, {bought.Left} left.")
                    : new(Verdict.OverQuota, "purchased-used", $"'{bought.Name}': {bought.Used} of {bought.Quantity} purchased used, {bought.Left} left; the ask wants {ask.Quantity}.");
            case MatchKind.AddOn or MatchKind.Package when QuotaSpent(ask, agreement) is { } spent:
                return spent;
            case MatchKind.AddOn or MatchKind.Package when match.Strength <= 1 && RepeatCue.IsIn(ask.Sentence) && RepeatOfDelivered(ask, agreement) is { Verdict: Verdict.OverQuota } again:
                // "Could you put together one more of those outlines?": one word of another item is weaker than the repeat
                // said, and once everything delivered is used up the repeat is over quota; the add-on is the way to pay.
                return again;
            case MatchKind.AddOn when MoreOfAgreed(match, agreement) is { Left: 0 } spentItem && NamesMoreOf(ask, spentItem, match):
                // "Any chance Luis could come by and run the cable through it?" matched "Additional drain clearing visit" while
                // the package's "Drain clearing visit" is used up: the add-on is how one more is paid for, and one more of an
                // included thing is over quota (docs/asks.md), when the ask names that thing by a word the add-on lacks
                // ("the cable").
                return new(Verdict.OverQuota, "quota-used", $"'{spentItem.Name}': {spentItem.Used} of {spentItem.Quantity} used, 0 left; '{match.Name}' is one more.")
                {
                    Found = new ScopeMatch(MatchKind.Deliverable, spentItem.Id, spentItem.Name, null),
                };
            case MatchKind.AddOn:
                return new(Verdict.OutOfScope, "addon", $"'{match.Name}' is an add-on, not part of {name}.");
            case MatchKind.Package:
                return new(Verdict.OutOfScope, "package", $"'{match.Name}' comes with the {book.FindPackage(match.Id!)?.Name ?? match.Id} package, not {name}.");
            case MatchKind.Referral when (match.Strength <= 1 && SoonerThanUsual(ask)) || (match.Strength == 0 && MoreThanAgreed(ask.Sentence)):
                // "Could we stretch each lesson out to 45 mins instead of 30?" half-names "boot stretching", and "make my
                // laptop finish much more quickly" names the repairer's laptop: the client's own work, asked faster or bigger.
                // "I know you normally need the best part of a week…, but could the full set… be with us by Wednesday?": one
                // word of "set construction" gives way to the provider's own turnaround, asked shorter.
                return new(Verdict.OutOfScope, "bigger", $"Sooner or bigger than agreed is a change to {name}, not part of it.");
            case MatchKind.Referral:
                return new(Verdict.OutsideExpertise, "referral", $"Outside {book.Provider.Name}'s expertise; {match.Id} does this.");
            default:
                // Help asked for every week or month is a standing service of its own, not help within the engagement.
                // "Another couple of hours with you" names no thing, but asks again for what was delivered: one more of it.
                // "Is that something you could do for us?" asks whether the provider offers it at all: not help within the engagement.
                if (!ObjectWords.HasConcreteObject(ask.Span) && !(ask.Context is not null && Pointing.IsIn(ask.Span) && ObjectWords.HasConcreteObject(ask.Context)) &&
                    !Recurring().IsMatch(ask.Sentence) && !SomethingYouOffer().IsMatch(Tokenizer.Fold(ask.Sentence)))
                {
                    // "Could you set her up the same way you did for us?": a repeat for someone else is someone else's work.
                    // "…make my Thursday ones a full hour instead of the 45 minutes": the agreed thing, longer than agreed.
                    return QuotaSpent(ask, agreement) ?? (AsksForVariant(ask)
                        ? new(Verdict.OutOfScope, "someone-else", $"Work for someone else, somewhere else or sooner is not part of {name}.")
                        : BiggerThanAgreed.IsIn(ask.Sentence)
                        ? new(Verdict.OutOfScope, "bigger", $"Bigger or longer than agreed is a change to {name}, not part of it.")
                        : RepeatOfDelivered(ask, agreement) ?? new(Verdict.InScope, "general-help", "A general request for help within the engagement."));
                }

                return QuotaSpent(ask, agreement) ?? (SwapsPersonOrPlace(ask.Sentence) && RepeatCue.IsIn(ask.Sentence)
                        ? new(Verdict.OutOfScope, "someone-else", $"Work for someone else, somewhere else or sooner is not part of {name}.")
                        : (Decision?)null) ?? RepeatOfDelivered(ask, agreement) ?? (IsTimingQuestion(ask.Sentence)
                    ? new(Verdict.InScope, "timing", $"A question on when work within {name} happens.")
                    : ask.BooksAPlace
                    ? new(Verdict.InScope, "booking", $"A place booked within {name}.")
                    : new(Verdict.OutOfScope, "nothing-covers", $"Nothing in {name} covers it."));
        }
    }

    // "When can we meet to go through your findings?", "What time would your crew like to arrive?": a question that asks
    // when, not for what; with nothing else named it is about the timing of the agreed work (docs/asks.md: moves included
    // work forward). "When you're here, could you…" opens with a time clause and asks for what follows.
    [GeneratedRegex(@"^(?:(?:and|so|also|ok|okay|right|then)\s*,?\s+)?(?:(?:when|what\s+time|what\s+day|which\s+day|how\s+soon|how\s+long|how\s+many\s+(?:days|hours|weeks|visits))\s+(?:can|could|would|will|shall|should|do|does|are|is)\b|when's\b|when\s+(?:you|we|they|your\s+\w+)\s+(?:will|can|could|would|shall)\b)[^?]*\?\s*$")]
    private static partial Regex TimingQuestionPattern();

    // "I would like to know more or less when you think it will be finished": the same question, asked as a wish.
    [GeneratedRegex(@"\b(?:know|tell\s+(?:me|us)|idea)\s+(?:\w+\s+){0,3}?when\s+(?:(?:you|it|they|this|that|she|he|we|i)'ll\b|(?:you|it|they|this|that|she|he|we|i)\s+(?:think\s+|expect\s+)?(?:it\s+|they\s+)?(?:will|would|might|could|can)\b)")]
    private static partial Regex WhenItWillBe();

    [GeneratedRegex(@"\b(?:is|would|could)\s+(?:that|this|it)\s+(?:be\s+)?(?:something|anything)\s+(?:you|your\s+\w+|you\s+guys)\s+(?:could|can|would|might|do|offer)\b")]
    private static partial Regex SomethingYouOffer();

    // "going forward", "from January", "keep this going", "three a month": more of it as a standing arrangement.
    [GeneratedRegex(@"\b(?:going\s+forward|from\s+now\s+on|on\s+an\s+ongoing\s+basis|keep\s+(?:this|it|that|them)\s+going|(?:from|starting|after)\s+(?:next\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b[^.?!]*\b(?:monthly|every|each|a\s+month|per\s+month|too|as\s+well|also)\b|\b(?:one|two|three|four|five|\d+)\s+\w+\s+(?:a|per)\s+(?:week|month|quarter))")]
    private static partial Regex FromNowOn();

    // "Can I put the arnica cream from the pharmacy on it?": what the client may put on it, apply or do is asked as advice;
    // "Can they put the same one back on the next night if it comes off in one piece?", of the client's own people, too.
    [GeneratedRegex(@"^(?:can|could|should|may|shall|must|do)\s+(?:i|we)\b[^?]*(?:\b(?:myself|ourselves)\b|\bor\s+(?:will|would|should|must|do|does|is|i|we)\b)[^?]*\?|^(?:can|should|may|is\s+it\s+(?:ok|okay|safe|alright|all\s+right)\s+(?:if|for)|do\s+you\s+think)\s+(?:i|we|they|she|he)\s+(?:still\s+|safely\s+)?(?:(?:put|rub)\b[^?]*\bon\s+(?:it|them|her|him|(?:his|her|my|our)\s+[\w-]+)\s*\?|put\s+(?:it|them|that|this|the\s+same\s+[\w-]+|the\s+old\s+[\w-]+)\s+back\s+on\b[^?]*\?|(?:apply|eat|drink|wash|bathe|shower|swim|wear|touch|water|feed|exercise)\b[^?]*\?)")]
    private static partial Regex ClientsOwnStep();

    private static readonly string WeekendKey = Tokenizer.Tokenize("weekend")[0].Key;
    private static readonly HashSet<string> WeekendDays = [.. Tokenizer.Tokenize("saturday sunday").Select(t => t.Key)];
    private static readonly string[] MonthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // "next month", "next week", or a month after this one named ("our December call" in November).
    private static bool AsksForALaterPeriod(string sentence, DateOnly today)
    {
        var folded = Tokenizer.Fold(sentence);
        if (NextPeriod().IsMatch(folded))
        {
            return true;
        }

        var named = NamedMonth().Match(folded);
        if (!named.Success)
        {
            return false;
        }

        var month = Array.FindIndex(MonthNames, m => m.StartsWith(named.Groups[1].Value, StringComparison.Ordinal)) + 1;
        return month > 0 && (month - today.Month + 12) % 12 is > 0 and <= 3;
    }

    [GeneratedRegex(@"\bnext\s+(?:month|week)(?:'s)?\b")]
    private static partial Regex NextPeriod();

    [GeneratedRegex(@"\b(?:for|in|our|the|my|of)\s+(january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)(?:'s)?\b")]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"\b(?:two|three|four|five|six|[2-9]|a\s+couple\s+of|a\s+few)\s+(?:more\s+|extra\s+|additional\s+|further\s+)?(?:[\w-]+\s+)?(?:visits?|sessions?|calls?|meetings?|appointments?|lessons?|classes|days?|hours?|more|extra)\b")]
    private static partial Regex MoreOfIt();

    private static bool IsTimingQuestion(string sentence) => TimingQuestionPattern().IsMatch(Tokenizer.Fold(sentence).Trim()) || WhenItWillBe().IsMatch(Tokenizer.Fold(sentence));

    /// <summary>
    /// An ask naming what one of the client's packages <c>excludes</c> is out of scope whatever else it matched,
    /// unless it matched a deliverable of another thing the client has, or units the client bought.
    /// </summary>
    private Decision? Excluded(DetectedAsk ask, ScopeMatch match, Agreement agreement)
    {
        if (_exclusions.Find(agreement, ask.Span) is not { } hit)
        {
            return null;
        }

        var item = match.Kind is MatchKind.Deliverable or MatchKind.AddOn ? agreement.Find(match.Id!) : match.Kind == MatchKind.Package ? agreement.Find(match.DeliverableId!) : null;
        if (item is not null && (item.Kind == AgreedItemKind.PurchasedAddOn || item.OwnerId != hit.Package.Id) && item.Left is null or > 0)
        {
            return null;
        }

        return new(Verdict.OutOfScope, "excluded", $"{hit.Package.Name} excludes {hit.Phrase}.");
    }

    /// <summary>
    /// "Could you go through it like you did before?": an ask that names nothing in the book but asks for work done
    /// before, said in other words, is one more of what was delivered. Over quota when every deliverable the client
    /// has used is used up, in scope when every one has units left; otherwise over quota, naming the used-up ones.
    /// </summary>
    private Decision? RepeatOfDelivered(DetectedAsk ask, Agreement agreement)
    {
        if (!RepeatCue.IsIn(ask.Sentence) && !(ask.Context is not null && Pointing.IsIn(ask.Span) && RepeatCue.IsIn(ask.Context)))
        {
            return null;
        }

        var span = Tokenizer.Fold(ask.Span);
        if ((ForSomeoneElse(ask.Span) || MakeThemOne().IsMatch(span)) && DoneForUs().IsMatch(span))
        {
            // "Is possible you make for him exactly same like you made for us?": a repeat for someone else is someone else's work.
            return new(Verdict.OutOfScope, "someone-else", "Work done before, once more, but for someone else: not part of the agreement.");
        }

        var delivered = agreement.Deliverables.Where(d => d.Quantity is not null && d.Used > 0).ToList();
        if (delivered.Count == 0)
        {
            return null;
        }

        if (delivered.TrueForAll(d => d.Left == 0))
        {
            var names = string.Join(", ", delivered.Select(d => $"'{d.Name}' {d.Used} of {d.Quantity}"));
            return new(Verdict.OverQuota, "repeat-used", $"Work done before, once more: everything delivered so far is used up ({names}).")
            {
                Found = UsedUpChoice.Likeliest(delivered, ask, book),
            };
        }

        if (delivered.TrueForAll(d => d.Left > 0))
        {
            return new(Verdict.InScope, "repeat-left", "Work done before, once more: every deliverable used so far has units left.");
        }

        // Some used up, some not: which one is meant cannot be told, but asking again for work never delivered is
        // rarer than asking again for work that ran out, so the used-up ones are named.
        var usedUp = delivered.Where(d => d.Left == 0).ToList();
        return new(Verdict.OverQuota, "repeat-used", $"Work done before, once more: {string.Join(", ", usedUp.Select(d => $"'{d.Name}' {d.Used} of {d.Quantity}"))} used up.")
        {
            Found = UsedUpChoice.Likeliest(usedUp, ask, book),
        };
    }

    /// <summary>
    /// "I know we've had our four calls this month, but I could use one more": when the client says an allowance is
    /// used up, in the ask's sentence or the one before, the ask is for more of it, whatever add-on or nothing its
    /// words match. Only when the agreement agrees that something is used up.
    /// </summary>
    private Decision? QuotaSpent(DetectedAsk ask, Agreement agreement)
    {
        if (!QuotaSpentCues.IsIn(ask.Sentence) && !(ask.Context is not null && QuotaSpentCues.IsIn(ask.Context)))
        {
            return null;
        }

        var usedUp = agreement.Deliverables.Where(d => d.Quantity is not null && d.Used > 0 && d.Left == 0).ToList();
        if (usedUp.Count == 0)
        {
            return null;
        }

        return new(Verdict.OverQuota, "quota-spent", $"More of what is used up: {string.Join(", ", usedUp.Select(d => $"'{d.Name}' {d.Used} of {d.Quantity}"))}.")
        {
            Found = UsedUpChoice.Likeliest(usedUp, ask, book),
        };
    }

    /// <summary>
    /// The counted deliverable an "Additional X" or "Extra X" add-on is one more of: every word of the add-on's name but
    /// the "more" word is in the deliverable's name.
    /// </summary>
    private static AgreedItem? MoreOfAgreed(ScopeMatch match, Agreement agreement)
    {
        if (match.Name is null || OneMoreName().Match(Tokenizer.Fold(match.Name)) is not { Success: true } more)
        {
            return null;
        }

        var words = Lexicon.NamingKeys(more.Groups["what"].Value);
        return words.Count == 0 ? null : agreement.Deliverables.FirstOrDefault(d => d.Quantity is not null && words.IsSubsetOf(Lexicon.NamingKeys(d.Name)));
    }

    // A word of the used-up deliverable's name that the add-on's name lacks ("cable" of "Drain clearing visit with cable machine").
    private static bool NamesMoreOf(DetectedAsk ask, AgreedItem item, ScopeMatch addOn)
    {
        var own = Lexicon.NamingKeys(item.Name);
        own.ExceptWith(Lexicon.NamingKeys(addOn.Name ?? string.Empty));
        return own.Overlaps(Lexicon.NamingKeys(ask.Span));
    }

    [GeneratedRegex(@"^(?:an?\s+)?(?:additional|extra|another|further|one\s+more|more)\s+(?<what>.+)$")]
    private static partial Regex OneMoreName();

    private static AgreedItem? Bought(Agreement agreement, ScopeMatch match) =>
        agreement.Find((match.Kind == MatchKind.Package ? match.DeliverableId : match.Id)!) is { Kind: AgreedItemKind.PurchasedAddOn } item ? item : null;

    /// <summary>A verdict, the rule that gave it (a name the confidence model weighs) and the reason shown to the user.</summary>
    public sealed record Decision(Verdict Verdict, string Rule, string Reason)
    {
        /// <summary>The item the rule found when the ask's words matched none ("like you did before": the one thing delivered).</summary>
        public ScopeMatch? Found { get; init; }
    }

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

    // The period of an item held once a week or a month ("Weekly check-in call"); none for "two calls a month".
    private static string? PeriodOf(string name)
    {
        var folded = Tokenizer.Fold(name);
        return RhythmWord().Match(folded) is { Success: true } m && !SeveralAPeriod().IsMatch(folded) ? m.Groups["p"].Value switch
        {
            "week" or "weekly" => "week",
            "month" or "monthly" => "month",
            _ => null,
        } : null;
    }

    [GeneratedRegex(@"\b(?:two|three|four|five|twice|[2-9])\b")]
    private static partial Regex SeveralAPeriod();

    [GeneratedRegex(@"\b(?<p>weekly|monthly)\b|\b(?:every|each|per|a)\s+(?<p>week|month)\b")]
    private static partial Regex RhythmWord();

    [GeneratedRegex(@"\b(?:a\s+second|another|an\s+extra|an\s+additional|one\s+more|two)\s+(?:[\w-]+\s+){0,3}?(?:this|the\s+same)\s+(?<period>week|month)\b")]
    private static partial Regex MoreThisPeriod();

    [GeneratedRegex(@"\b(?:every|each)\s+(?:single\s+|other\s+)?(?:day|week|fortnight|month|quarter|year|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:weekly|fortnightly|monthly|quarterly|daily)\b|\bon\s+a\s+(?:regular|weekly|monthly|daily)\s+basis\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recurring();

    // "the fourth session", not a date: "Friday the 4th from the afternoon", "the 5th of December".
    [GeneratedRegex(@"(?<!\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:the\s+)?)\b(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(?!(?:of|from|to|at|in|on|for|and|or|until|till|by|before|after|instead|rather|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b)(?:one|\w+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\b(?:fix|correct|repair|sort\s+out|undo)\b")]
    private static partial Regex Correction();

    [GeneratedRegex(@"\b(?:typo|typos|mistake|mistakes|error|errors|wrong|broken|misspel\w*|incorrect)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Defect();

    [GeneratedRegex(@"\b(?:if|in\s+case|should|whenever|when)\s+(?:it|they|anything|something|things|one|the\s+\w+)\s+(?:ever\s+)?(?:goes|go|went|gets|get|going|were\s+to\s+go)\s+wrong\b", RegexOptions.IgnoreCase)]
    private static partial Regex HypotheticalDefect();

    [GeneratedRegex(@"\b(?:is|are)\s+now\s+(?:wrong|out\s+of\s+date|outdated|incorrect)\b|\bno\s+longer\s+(?:right|correct|accurate|true)\b|\bwith\s+the\s+(?:new|changed|updated)\s+(?:rules?|prices?|dates?|details|figures|numbers|names?|plan|brief|version)\b|\bsince\s+(?:we|i)(?:'ve|\s+have)?\s+(?:changed|cut|moved|updated|switched|dropped|renamed)\b")]
    private static partial Regex ClientsOwnChange();

    // "her resume", "my husband's CV", "can you do hers too": a deliverable is bought for the client, not for family and friends;
    // "so my wife can see the colour" names who looks at the client's own work, not whose it is.
    // "Put what you find in writing for him" names who reads it; "only for him and me" includes the client.
    private static readonly Regex SomeoneElse = KnowledgeFile.Pattern(@"\b(?:his|her)\s+(?:\w+\s+)?{personal-things}\b|\bmy\s+{relatives}(?:'s|s)?\s+(?!(?:can|could|will|would|should|may|might|must|is|was|has|had|does|did|wants?|wanted|likes?|liked|loves?|loved|thinks?|thought|says?|said|asks?|asked|agrees?|agreed|prefers?|preferred|feels?|felt|sees|saw|knows?|knew|tells?|told|who|and\s+(?:i|me))\b)\w+|(?<!\b(?:in\s+writing|written\s+down|in\s+a\s+letter|in\s+an\s+email|by\s+email)\s)\bfor\s+(?:him|her)\b(?!\s+and\s+(?:me|us|myself)\b)|\b(?:hers|theirs)\b|\bhis\s+(?:too|also|as\s+well)\b");

    // "their auction as well", "look also his feet", "a look at her too": a third person's thing asked for besides the client's;
    // "that would keep her happy too" says what the ask is for, not who else gets one.
    private static readonly Regex AnotherPersonsToo = new(@"(?<!\b(?:keep|keeps)\s)\b(?:his|her|their)\s+(?!(?:happy|happier|life|day)\b)(?:own\s+)?(?:[a-z]+\s+){1,2}(?:too|also|as\s+well)\b|\b(?:also|too)\s+(?:his|her)\s+[a-z]+|(?<!\b(?:keep|keeps)\s)\b(?:him|her)\s+(?:too|also|as\s+well)\b|\b(?:on|to|for|with)\s+(?:his|hers|theirs)\s+(?:as|like|too|also)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// "Declan has been asking when he gets his turn. Can we lock in the partner workshop for him?": a client that is two
    /// people ("Siobhan O'Connell and Declan Byrne") asks for the other one by name, who is no one else.
    /// </summary>
    private static bool NamesAPartnerOfTheClient(DetectedAsk ask, Client client)
    {
        var parts = client.Name.Split([" and ", " & "], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || RelativeNamed.IsMatch(Tokenizer.Fold(ask.Span)))
        {
            return false;
        }

        var said = " " + ask.Context + " " + ask.Sentence + " ";
        return parts.Select(p => p.Trim().Split(' ')[0]).Any(given => given.Length >= 3 && char.IsUpper(given[0]) &&
            Regex.IsMatch(said, $@"\b{Regex.Escape(given)}\b"));
    }

    private static bool ForSomeoneElse(string span) => SomeoneElse.IsMatch(span) || AnotherPersonsToo.IsMatch(span) || ForAnother().IsMatch(Tokenizer.Fold(span));

    // "Any chance you could do her a short run the same as ours?": the work made for someone else, said with "her" first.
    [GeneratedRegex(@"\b(?:do|make|build|cut|paint|write|weave|sew|knit|bake|draw)\s+(?:her|him|them)\s+(?:a|an|one|some)\b")]
    private static partial Regex MakeThemOne();

    /// <summary>
    /// A visit booked or moved to a time the book charges extra for ("Is it possible you come on the Sunday?" with a
    /// "Weekend or public holiday move" add-on): the add-on is asked for, though the visit itself is scheduling.
    /// </summary>
    public Decision? AtSurchargeTime(DetectedAsk ask)
    {
        var span = Tokenizer.Fold(ask.Span);
        if (!ComeAt.IsMatch(span) || MovedFrom.IsMatch(span) || SurchargeFor(ask.Span) is not { } surcharge)
        {
            return null;
        }

        return new(Verdict.OutOfScope, "surcharge", $"A visit at that time takes '{surcharge.AddOn.Name}', an add-on.")
        {
            Found = new ScopeMatch(MatchKind.AddOn, surcharge.AddOn.Id, surcharge.AddOn.Name, null),
        };
    }

    // The times are those of surcharge-times.txt, the list SurchargeFor reads the add-ons by.
    private static readonly Regex ComeAt = KnowledgeFile.Pattern(@"\b(?:come|came|coming|do\s+it|be\s+here|be\s+there|book\s+(?:us|me|it)|make\s+it)\s+(?:on\s+|at\s+|in\s+)?(?:the\s+|a\s+|this\s+|next\s+)?{surcharge-times}");

    // "Could we move our Saturday session to Tuesday?": the time left is not the time booked.
    private static readonly Regex MovedFrom = KnowledgeFile.Pattern(@"\b(?:from|instead\s+of|rather\s+than|not)\s+(?:the\s+|our\s+|my\s+|this\s+|next\s+)?{surcharge-times}");

    /// <summary>An add-on of the book named for a time the ask names ("on a Saturday morning" and "weekend appointment").</summary>
    private (AddOn AddOn, string Time)? SurchargeFor(string span)
    {
        // "before the second weekend" is a deadline, not when the work is done.
        var tokens = Tokenizer.Tokenize(span);
        var times = tokens.Where((t, i) => Lexicon.SurchargeTimes.Contains(t.Key) &&
            !tokens.Take(i).TakeLast(3).Any(b => b.Word is "before" or "by" or "until" or "till" or "after")).ToList();
        foreach (var time in times)
        {
            foreach (var addOn in book.AddOns)
            {
                // Only an add-on for the time itself ("Evening or weekend appointment", "saturday"), not one for a thing done at
                // that time ("Night silencing of the chime"). A Saturday or Sunday is a weekend.
                if (addOn.Aliases.Prepend(addOn.Name).Any(phrase => Tokenizer.Tokenize(phrase) is var words && words.Any(t => t.Key == time.Key || (t.Key == WeekendKey && WeekendDays.Contains(time.Key))) &&
                        words.All(t => Lexicon.StopWords.Contains(t.Word) || Lexicon.SurchargeTimes.Contains(t.Key) || Lexicon.Generic.Contains(t.Key))))
                {
                    return (addOn, time.Word);
                }
            }
        }

        return null;
    }

    /// <summary>Whether the ask is a variant of included work: for someone else ("his boiler too"), in another place, or sooner than agreed.</summary>
    public static bool AsksForVariant(DetectedAsk ask) =>
        AnotherPersonsToo.IsMatch(ask.Span) || ForAnother().IsMatch(Tokenizer.Fold(ask.Span)) || SwapsPersonOrPlace(ask.Sentence) || SoonerThanUsual(ask);

    /// <summary>
    /// Sooner than agreed in the ask's own sentence, or a near deadline there ("before Thursday evening") with the usual
    /// turnaround said just before or after it ("I know normally you say two weeks").
    /// </summary>
    public static bool SoonerThanUsual(DetectedAsk ask)
    {
        if (SoonerThanAgreed.IsIn(ask.Sentence))
        {
            return true;
        }

        var sentence = Tokenizer.Fold(ask.Sentence);
        return NearDeadline().IsMatch(sentence) &&
               new[] { ask.Context, ask.Later }.OfType<string>().Select(Tokenizer.Fold).Append(sentence).Any(s => UsualTurnaround().IsMatch(s) || PlannedDate().IsMatch(s));
    }

    // "is possible you finish the ring until Thursday afternoon?": a learner's "until" for "by".
    [GeneratedRegex(@"\b(?:before|by|until|till)\s+(?:this\s+|next\s+|the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)|the\s+\d{1,2}(?!\d)(?![:.,]\d))\b")]
    private static partial Regex NearDeadline();

    // "I know normally you say two weeks", "usually it takes you ten days", "it usually takes the state around two weeks",
    // "so the usual ten days won't work for me": the turnaround the client knows is the usual one; "I know you said the
    // written piece would take a couple of weeks" is the one the provider gave.
    [GeneratedRegex(@"\b(?:you|she|he|they)\s+(?:said|told\s+(?:me|us))\s+(?:that\s+)?(?:it|this|that|they|the\s+(?:[\w-]+\s+){1,10}?)(?:would|will|'d|should|could)\s+take\s+(?:you\s+)?(?:about\s+|around\s+|at\s+least\s+)?(?:a\s+couple\s+of|a\s+few|\d{1,2}|two|three|four|five|six|ten|a)\s+(?:full\s+|working\s+|business\s+)?(?:days?|weeks?|months?)\b|\b(?:normally|usually|typically|always)\s+(?:you\s+|it\s+)?(?:say|says|said|take|takes|need|needs|quote|quoted|ask\s+for)\s+(?:you\s+|them\s+|the\s+[\w-]+\s+)?(?:about\s+|around\s+|at\s+least\s+|the\s+best\s+part\s+of\s+|the\s+better\s+part\s+of\s+|most\s+of\s+)?(?:\d{1,2}|a|one|two|three|four|five|six|seven|ten|fourteen)\s+(?:full\s+|working\s+|business\s+)?(?:days?|weeks?)\b|\b(?:the|your)\s+usual\s+(?:\d{1,2}|a|one|two|three|four|five|six|seven|ten|fourteen|few|couple\s+of)\s+(?:full\s+|working\s+|business\s+)?(?:days?|weeks?)\b")]
    private static partial Regex UsualTurnaround();

    // "You write me the ebook will be ready around 10 December… Is possible you finish it in one week, before the 1st?": the date
    // the work was planned for, told just before, is the turnaround a nearer deadline beats.
    // "I know we agreed on your written findings for 11 December", "our schedule had you finishing the last chapters around
    // January 8" name it too.
    [GeneratedRegex(@"\b(?:will|would|should)\s+be\s+(?:ready|done|finished|delivered)\s+(?:around|about|on|by|for|in|at\s+the\s+(?:end|start)\s+of)\b|\b(?:we|you)\s+(?:had\s+)?agreed\s+(?:on\s+)?[^.?!]*\b(?:for|by|on)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}\b|(?:mid|early|late|the\s+end\s+of)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|\b(?:schedule|plan|timeline)\s+(?:had|has|puts|put)\s+(?:you|it|us|them|the\s+[\w-]+)\s+(?:finishing|delivering|done|ready|wrapping\s+up)\b[^.?!]*\b(?:around|on|by|in|for)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|mid|early|late|the\s+(?:end|start))|\bexpect(?:ed)?\s+to\s+(?:send|deliver|finish|have)\b[^.?!]*\b(?:around|on|by|in)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|mid|early|late|the\s+(?:end|start))")]
    private static partial Regex PlannedDate();

    [GeneratedRegex(@"\b(?:once|when|after)\s+(?:the|our|my|all)\s+(?:[\w-]+\s+){0,3}?(?:are|is|have\s+been|has\s+been|'re|'s)\s+(?:all\s+)?(?:used(?:\s+up)?|gone)\b|\b(?:once|when|after)\s+(?:i|we)(?:'ve|\s+have)\s+(?:used\s+up\s+(?:all\s+)?|(?:used|had)\s+all\s+)(?:of\s+)?(?:the|our|my)\b")]
    private static partial Regex OnceUsedUp();

    // "like you made for us": the work done before was the client's; the repeat asked is for another.
    // "…do her a short run the same as ours": the same comparison, said with the client's own.
    [GeneratedRegex(@"\b(?:like|as|the\s+way)\s+(?:you\s+)?(?:did|made|done|built|do|had|have)\s+(?:it\s+|one\s+)?for\s+(?:us|me)\b|\bthe\s+same\s+as\s+(?:ours|mine)\b")]
    private static partial Regex DoneForUs();

    // "My daughter wants to begin too. Can you give her a first lesson on Wednesday?": the relative named before is who it is for.
    [GeneratedRegex(@"\b(?:give|teach|show|book)\s+(?:him|her|them)\s+(?:a|an|one|some|his|her|their)\s+")]
    private static partial Regex GivesThemOne();

    private static readonly Regex RelativeNamed = KnowledgeFile.Pattern(@"\b(?:my|our)\s+{relatives}s?\b");

    // "Could you do that for her on one of the days we still have left?": work asked for a third person.
    [GeneratedRegex(@"\b(?:do|make|prepare|write|draw|run|take|give|build|design|paint|cut|fix|check|treat|see|book|get|organise|organize|arrange|create|put)\s+(?:it|that|this|one|the\s+same|something|them|those|these|a\s+\w+|the\s+\w+)\s+(?:\w+\s+)?for\s+(?:him|her|them)\b")]
    private static partial Regex ForAnother();

    // "at her unit instead of our house", "Sara instead of me": the included thing for someone or somewhere else (docs/asks.md: out_of_scope).
    private static readonly Regex SwappedPersonOrPlace = KnowledgeFile.Pattern("{swapped-person-or-place}");

    /// <summary>Whether the sentence moves included work to another person or place.</summary>
    public static bool SwapsPersonOrPlace(string sentence)
    {
        var folded = Tokenizer.Fold(sentence);
        return SwappedPersonOrPlace.IsMatch(folded) && !VisitPlace.MovesToOwnPlace(folded);
    }

    // "I know we've had our four calls, but…": the client says an allowance is used up (quota-spent-cues.txt).
    private static readonly CuePattern QuotaSpentCues = new("quota-spent-cues");

    // "five floors instead of four", "3 copies instead of 2", "like this, not 4 but 10": a count above the one agreed, for an
    // included thing; never a time or a day ("at 11 instead of 10", "the 12th instead of the 10th").
    private static bool MoreThanAgreed(string sentence)
    {
        var folded = Tokenizer.Fold(sentence);
        return BiggerThanAgreed.IsIn(sentence) ||
               (CountAbove(InsteadOfCount().Match(folded)) && !HourInsteadOfHour().IsMatch(folded)) ||
               CountAbove(NotButCount().Match(folded)) ||
               CountAbove(ForMoreNotFewer().Match(folded)) ||
               CountAbove(InsteadOfCountThenMore().Match(folded));
    }

    // The count asked for ("n") above the count it replaces ("m").
    private static bool CountAbove(Match m) => m.Success && CountOf(m.Groups["n"].Value) > CountOf(m.Groups["m"].Value);

    /// <summary>
    /// "Leaded glass panel up to 6 sq ft" asked at "maybe 12 sq ft all in": a number of the limit's own unit above the limit
    /// the deliverable's name sets, in the ask or the sentence before it.
    /// </summary>
    private static bool OverTheLimit(string text, string deliverableName)
    {
        if (UpToSides().Match(Tokenizer.Fold(deliverableName)) is { Success: true } sides)
        {
            return MoreAreaThan(text, sides);
        }

        if (UpTo().Match(Tokenizer.Fold(deliverableName)) is not { Success: true } limit || AmountIn(limit) is not { } most)
        {
            return false;
        }

        var unit = UnitOf(limit.Groups["unit"].Value);
        var folded = Tokenizer.Fold(text);
        return AmountOf().Matches(folded).Any(m => UnitOf(m.Groups["unit"].Value) == unit && AmountIn(m) > most) ||
               (unit == People && GroupCounted().Matches(folded).Any(m => CountOf(m.Groups["n"].Value) > most));
    }

    /// <summary>
    /// "Could you come in and do one of those for the six of us?" of a one-to-one session, "on a video call with us for the
    /// whole day" of a 60-minute lesson: more people or more time than the deliverable's own name allows.
    /// </summary>
    private static bool BeyondWhatTheNameSets(string sentence, string deliverableName)
    {
        var name = Tokenizer.Fold(deliverableName);
        var folded = Tokenizer.Fold(sentence);
        return (ForOne().IsMatch(name) && GroupCounted().Matches(folded).Any(m => CountOf(m.Groups["n"].Value) > 2)) ||
               (MinutesOrHours().IsMatch(name) && !name.Contains("day", StringComparison.Ordinal) && WholeDay().IsMatch(folded));
    }

    /// <summary>
    /// "…make the letters in this shiny real gold and not with the black paint?" of a re-lettering "in black enamel": the
    /// thing the name sets, turned down for another, is a different piece of work.
    /// </summary>
    private static bool NotWhatTheNameSays(string sentence, string deliverableName)
    {
        var name = Tokenizer.Tokenize(deliverableName).Where(t => !Lexicon.StopWords.Contains(t.Word) && !Lexicon.Generic.Contains(t.Key)).Select(t => Stemmer.Stem(t.Word)).ToHashSet(StringComparer.Ordinal);
        return NotThat().Matches(Tokenizer.Fold(sentence)).Any(m => name.Contains(Stemmer.Stem(m.Groups["w"].Value)));
    }

    // "and not with the black paint", "not in the black": the turned-down word is the first after the article.
    [GeneratedRegex(@"\b(?:and|but)\s+not\s+(?:with|in)\s+(?:the\s+|that\s+|this\s+)?(?<w>[a-z][a-z-]+)")]
    private static partial Regex NotThat();

    [GeneratedRegex(@"\b(?:one-to-one|one-on-one|1:1|1-to-1|1-on-1|individual|private)\b")]
    private static partial Regex ForOne();

    [GeneratedRegex(@"\b(?:\d+|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety)\s*[- ]?(?:minutes?|mins?|hours?|hrs?)\b")]
    private static partial Regex MinutesOrHours();

    // "…for the whole day", "spend a full day with us"; "the text of the whole day" is no longer session.
    [GeneratedRegex(@"\b(?:for|spend|spending|over)\s+(?:the|a)\s+(?:whole|full|entire)\s+day\b|\b(?:the|a)\s+(?:whole|full|entire)\s+day\s+with\s+(?:us|me|you|them)\b")]
    private static partial Regex WholeDay();

    // "Is possible you take all the seven together?", "the five of us": a group counted without naming people.
    [GeneratedRegex(@"\b(?:all\s+(?:the\s+)?|the\s+)(?<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+us|of\s+them|of\s+you|together)\b")]
    private static partial Regex GroupCounted();

    // "Hawk walk for up to 6 people" asked for "all together 14 persons": a learner's persons are people, and so are the
    // guests of "a tasting for up to 16 guests" when "now we are 40 persons".
    private static string UnitOf(string word) => Stemmer.Stem(word) is var stem && HeadCounts.Contains(stem) ? People : stem;

    private static readonly HashSet<string> HeadCounts = new(new[] { "persons", "people", "guests", "attendees", "participants", "delegates", "visitors" }.Select(Stemmer.Stem), StringComparer.Ordinal);
    private static readonly string People = Stemmer.Stem("people");

    // "Up to 2.2 x 2.4 m" asked as "3 m by 2.6 m": two sides of the limit's unit whose area is above the limit's.
    private static bool MoreAreaThan(string text, Match limit)
    {
        var unit = LengthUnit(limit.Groups["unit"].Value);
        var most = Side(limit, "a") * Side(limit, "b");
        return Sides().Matches(Tokenizer.Fold(text)).Any(m => LengthUnit(m.Groups["unit"].Value) == unit
            && (m.Groups["first"].Value is "" || LengthUnit(m.Groups["first"].Value) == unit) && Side(m, "a") * Side(m, "b") > most);
    }

    // "Up to 3.6 m x 3.6 m" asked as "4 x 4 metres": a unit spelled out is the same unit.
    private static string LengthUnit(string word) => word switch
    {
        "metre" or "metres" or "meter" or "meters" or "mtr" or "mtrs" => "m",
        "centimetre" or "centimetres" or "centimeter" or "centimeters" => "cm",
        "millimetre" or "millimetres" or "millimeter" or "millimeters" => "mm",
        "foot" or "feet" => "ft",
        "inch" or "inches" => "in",
        _ => word,
    };

    private static double Side(Match m, string group) =>
        double.TryParse(m.Groups[group].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : 0;

    [GeneratedRegex(@"\bup\s+to\s+(?<a>\d+(?:\.\d+)?)\s*(?<first>[a-z]{1,2})?\s*(?:x|by|\u00d7)\s*(?<b>\d+(?:\.\d+)?)\s*(?<unit>[a-z]+)")]
    private static partial Regex UpToSides();

    [GeneratedRegex(@"(?<![\d.,:/-])(?<a>\d+(?:\.\d+)?)\s*(?<first>[a-z]{1,2})?\s*(?:x|by|\u00d7)\s*(?<b>\d+(?:\.\d+)?)\s*(?<unit>[a-z]+)")]
    private static partial Regex Sides();

    // "1,000 gallons": the thousands comma is no decimal point.
    /// <summary>
    /// "Email support with replies within 48 hours" asked as "you answer me in the same moment, maybe in one hour": a
    /// turnaround the ask names shorter than the one the deliverable's name sets; null when either names none.
    /// </summary>
    private static bool? FasterThanTheTurnaround(string span, string deliverableName, bool counted)
    {
        if (Turnaround().Match(Tokenizer.Fold(deliverableName)) is not { Success: true } agreed || HoursIn(agreed) is not { } most)
        {
            return null;
        }

        var folded = Tokenizer.Fold(span);
        var asked = Turnaround().Matches(folded).Select(HoursIn).OfType<double>().ToList();
        // "…grab it this afternoon" of a collection "booked 3 working days ahead"; "ready for tomorrow" of drops "made up within 7 days".
        // A reply asked for today is no rush of a counted thing the question is about, nor of mail support.
        if (counted && !ReplyAsked().IsMatch(folded) && SameOrNextDay().Match(folded) is { Success: true } near)
        {
            asked.Add(near.Value.Contains("tomorrow", StringComparison.Ordinal) ? 24 : 12);
        }

        return asked.Count == 0 ? null : asked.Any(hours => hours < most);
    }

    [GeneratedRegex(@"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|(?:for|by|until|till)\s+tomorrow(?:\s+(?:morning|afternoon|evening))?|tomorrow\s+(?:morning|afternoon|evening))\b")]
    private static partial Regex SameOrNextDay();

    [GeneratedRegex(@"\b(?:reply|replies|answer|respond|get\s+back|let\s+(?:me|us)\s+know|tell\s+(?:me|us)|call|ring|phone|text|email|e-mail)\b")]
    private static partial Regex ReplyAsked();

    private static double? HoursIn(Match m)
    {
        var n = m.Groups["n"].Value is "a" or "an" or "one" ? 1 : CountOf(m.Groups["n"].Value);
        return n == 0 ? null : m.Groups["unit"].Value switch
        {
            var u when u.StartsWith("minute", StringComparison.Ordinal) => n / 60.0,
            var u when u.StartsWith("hour", StringComparison.Ordinal) => n,
            var u when u.StartsWith("week", StringComparison.Ordinal) => n * 168,
            _ => n * 24,
        };
    }

    // "within 48 hours", "in one hour", "a 24-hour turnaround", "booked 3 working days ahead", "two weeks' notice";
    // "next-working-day" is left out: no number to compare.
    [GeneratedRegex(@"\b(?:within|in|under)\s+(?:the\s+)?(?:next\s+)?(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*-?\s*(?:working\s+|business\s+)?(?<unit>minutes?|hours?|days?|weeks?)\b|\b(?<n>\d{1,3})\s*-?\s*(?<unit>minute|hour|day|week)\s+(?:turnaround|reply|replies|response)\b|\b(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s*-?\s*(?:working\s+|business\s+|clear\s+)?(?<unit>days?|weeks?)(?:'|'s)?\s+(?:ahead|in\s+advance|notice)\b")]
    private static partial Regex Turnaround();

    private static double? AmountIn(Match m) =>
        double.TryParse(m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"\bup\s+to\s+(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*-?\s*(?<unit>[a-z]+)")]
    private static partial Regex UpTo();

    [GeneratedRegex(@"(?<![\d.,:/-])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*-?\s*(?<unit>[a-z]+)")]
    private static partial Regex AmountOf();

    // "Could we make it 10 instead of 9?": a bare number the appointment is moved to is an hour, not a count.
    [GeneratedRegex(@"\b(?:make|do|start|have)\s+it\s+(?:at\s+)?\d{1,2}\s+instead\s+of\s+\d{1,2}(?:\s*(?:am|pm|o'clock))?\s*(?:[?.!,;]|$)")]
    private static partial Regex HourInsteadOfHour();

    private static int CountOf(string word) =>
        int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
        : Array.IndexOf(CountWords, word) is var i and >= 0 ? i + 1 : 0;

    private static readonly string[] CountWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    [GeneratedRegex(@"(?<!\b(?:at|from|by|until|till|on|before|after|the|around|about)\s)\b(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+){0,2}?instead\s+of\s+(?:the\s+)?(?<m>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s*(?:[:.]\d|am|pm|o'clock))")]
    private static partial Regex InsteadOfCount();

    // "instead of only one table like the last time, can you run it with all the 5 tables": the agreed count said first, the
    // same thing counted higher after it.
    [GeneratedRegex(@"\b(?:instead\s+of|rather\s+than)\s+(?:only\s+|just\s+)?(?:the\s+)?(?<m>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?!of\b)(?<unit>[a-z][a-z-]+?)(?:e?s)?\b[^.?!]{0,80}?\b(?<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+\k<unit>(?:e?s)?\b")]
    private static partial Regex InsteadOfCountThenMore();

    [GeneratedRegex(@"\bnot\s+(?<m>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+but\s+(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s*(?:[:.]\d|am|pm|o'clock|th|st|nd|rd))")]
    private static partial Regex NotButCount();

    // "Can you do the tasting for all us eight, not only for two?", "for ten people rather than four": more people than agreed.
    [GeneratedRegex(@"\bfor\s+(?:all\s+(?:of\s+)?)?(?:us\s+|the\s+)?(?<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+of\s+us|\s+(?:people|persons|guests|adults|kids|children))?\s*,?\s*(?:not|rather\s+than|instead\s+of)\s+(?:only\s+|just\s+)?(?:for\s+)?(?:the\s+)?(?<m>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s*(?:[:.]\d|am|pm|o'clock|th|st|nd|rd))")]
    private static partial Regex ForMoreNotFewer();

    private static AgreedItem? SpentVisitAskedAgain(DetectedAsk ask, Agreement agreement, AgreedItem matched) =>
        RepeatCue.IsIn(ask.Sentence) && (Tokenizer.Tokenize(ask.Span).Any(t => t.Word == "visit") || ComeAgain().IsMatch(ask.Span)) &&
        !Appointment.IsMatch(Tokenizer.Fold(matched.Unit + " " + matched.Name))
            ? agreement.Deliverables.FirstOrDefault(o => o.Id != matched.Id && o.Quantity is not null && o.Left == 0 && Appointment.IsMatch(Tokenizer.Fold(o.Unit + " " + o.Name)))
            : null;

    [GeneratedRegex(@"\b(?:come|pop|swing)\s+(?:back|again|out\s+again|round\s+again)\b|\bback\s+out\b")]
    private static partial Regex ComeAgain();

    // A session or visit held earlier than planned is scheduling, not a rush of delivered work.
    private static readonly Regex Appointment = KnowledgeFile.Pattern(@"\b{appointments}s?\b");

    [GeneratedRegex(@"\b(?:lead|turnaround|delivery|response|reply|waiting)\s+times?\b")]
    private static partial Regex LeadTime();

    // "two more calls on top of the ones I have left": more than the package holds, whatever the count.
    [GeneratedRegex(@"\b(?:on\s+top\s+of|in\s+addition\s+to|beyond|besides|more\s+than)\s+(?:the\s+|my\s+|what\s+)?(?:ones?\s+|sessions\s+|calls\s+)?(?:i\s+have\s+|we\s+have\s+|is\s+|are\s+)?(?:left|remaining|included|planned|in\s+(?:my|the|our)\s+package)", RegexOptions.IgnoreCase)]
    private static partial Regex BeyondWhatIsLeft();
}
