using System.Text.RegularExpressions;
using MailScope.Core.Asks;
using MailScope.Core.Knowledge;
using MailScope.Core.Language;
using MailScope.Core.Matching;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Judgement;

/// <summary>
/// Finds what an ask asks for: its own clause first, then — when it points back or names nothing — the
/// rest of its sentence, a topic named up front, the line that introduced its list, or the sentence
/// before. Drops asks that turn out to be admin or a request for a tip.
/// </summary>
internal sealed partial class AskResolver(ScopeIndex index)
{
    /// <summary>The match for the ask, or null when it is not an ask for work after all.</summary>
    public ScopeMatch? Resolve(DetectedAsk ask, RequestJudgement? previous, MatchScope package)
    {
        // The ask's object is looked for in its own clause first, without references to past calls.
        // "…make those two changes and send us fresh files?": sending the result back is part of the work, not what is asked for.
        var withoutPast = PastReference().Replace(SendsResultBack().Replace(ask.Span, " "), " ");
        var withoutOccasion = BeforeTheEvent().Replace(WithoutOccasions(withoutPast), " ");
        // "Can you bring something for the tent which blows warm air?": the tent is what the new thing is for, not the thing.
        var forAThing = SomethingFor().Replace(withoutOccasion, "something");
        if (forAThing != withoutOccasion)
        {
            // What the new thing should do for them ("so nobody is sitting in the coat") describes it; it names no item.
            forAThing = Purpose().Replace(forAThing, " ");
        }

        var unnamed = forAThing != withoutOccasion;
        // "Could you make this for us also, for 12 tables and the door?": what "this" is was said before; the tables are
        // where it goes.
        var clause = PointerFor().Replace(forAThing, "$1");
        var match = index.Match(clause, package);
        var onAnOccasion = clause != withoutPast && Pointing.IsIn(clause);
        if (match.Kind == MatchKind.None && onAnOccasion && ask.Context is not null &&
            ask.Earlier.Prepend(ask.Context).Select(s => MatchAround(s, package)).FirstOrDefault(m => m.Kind != MatchKind.None) is { } pointedAt)
        {
            // "You can look on this when you come for the boiler?": the visit booked for an item says when; what "this" is
            // was named before, in the sentence just before or, after a description, a little further back.
            match = pointedAt;
        }

        if (match.Kind == MatchKind.None && !(onAnOccasion && ask.Context is not null) && !unnamed)
        {
            // The occasion is no candidate for what "this" is: "repair this when you come for the service" is no service.
            match = index.Match(ask.Span, package);
        }

        var inClause = match;
        if (ask.CueKind == "advice" && match.Kind == MatchKind.Referral && !ScopeIndex.SaysWhole(match, ask.Span))
        {
            // "Should I be leaving the vents in the frames open?", "should I do the drill with every club?": a question on
            // the client's own next step that only touches a referral's thing ("frames" of "timber window frames") is no
            // work of theirs; answered within the engagement (WorkInProgress).
            return null;
        }

        if (match.Kind == MatchKind.Referral && VerdictRules.SwapsPersonOrPlace(ask.Sentence) && (RepeatCue.IsIn(ask.Sentence) || SameThing().IsMatch(Tokenizer.Fold(ask.Sentence))))
        {
            // "Could you set her up with the same thing, with her name and her logo instead of ours?": the field word says how
            // another's copy differs; the copy is the work.
            return ScopeMatch.Nothing;
        }

        if (match is { Kind: MatchKind.Referral } && LikeTheOnesYouMade().IsMatch(Tokenizer.Fold(ask.Sentence)))
        {
            // "…hanging from the ceiling on wires, like the two you put up over the tills": the provider made these before;
            // a word of a referral's field ("wires") says how it hangs, not whose work it is.
            return ScopeMatch.Nothing;
        }

        if (match is { Kind: MatchKind.Referral, Strength: 0 } && LikeYouDid().IsMatch(Tokenizer.Fold(ask.Sentence)))
        {
            // "Could someone go right through the place, room by room, the way you did for Dad - stairs, bathroom, bedroom?":
            // the provider's own work done again; one word of a referral's field among the rooms it covers is not theirs.
            return ScopeMatch.Nothing;
        }

        if (match is { Kind: MatchKind.Referral, Strength: 0 } && VerdictRules.SoonerThanUsual(ask))
        {
            // "I know you said normally it takes about two weeks for hand engraving… is possible you finish the ring until
            // Thursday?": the provider's own work wanted sooner; the thing it is done on ("ring" of "ring resizing") is no
            // referral's work. The work named before is what is wanted sooner.
            return ask.Context is not null && MatchAround(ask.Context, package) is { Kind: MatchKind.Deliverable } wantedSooner ? wantedSooner : ScopeMatch.Nothing;
        }

        if (match is { Kind: not MatchKind.None and not MatchKind.Referral, Strength: 0 } && RepeatCue.IsIn(ask.Sentence))
        {
            // "Could you go over those pages once more, the same way you did after the first round of fixes?": one
            // word of an item ("round") is weaker than the repeat said; what was delivered decides (VerdictRules).
            // A referral's field word stays: "get it recording again" is no repeat of the provider's work.
            return ScopeMatch.Nothing;
        }

        if (ask.ContextIsLead && MatchAround(ask.Context!, package) is { Kind: MatchKind.Deliverable } lead)
        {
            // Items under "Our feedback for the second round of revisions:" are parts of that deliverable.
            match = lead;
        }

        // A partial match in the clause gives way to a full one in what it points back at ("make it warmer").
        // "Can you stick the protection glass on it?", "…a tube so we can slide the rod through it": a pointer that says where the clause's own thing goes names no other.
        var withoutPlace = PlacePointer().Replace(ask.Span, " ");
        var pointerIsPlace = withoutPlace.Length != ask.Span.Length && !Pointing.IsIn(withoutPlace) && ObjectWords.HasConcreteObject(withoutPlace);
        if (match.Kind != MatchKind.None && match.Strength == 0 && ask.Context is not null && Pointing.IsIn(ask.Span) && !pointerIsPlace &&
            MatchAround(ask.Context, package) is { Kind: not MatchKind.None, Strength: > 0 } named)
        {
            // "The front gutters are choked… Could you clear them out?": unless the clause's words and what it points at
            // name the clause's item together, more fully than what it points at names its own.
            match = Mentioned(ask.Context + " " + ask.Span, package) is { } together && together.Strength > named.Strength && together.Kind == match.Kind && together.Id == match.Id ? together : named;
        }

        // When the clause names its own thing and nothing matched, the rest of the sentence is not asked
        // for ("while you're reviewing my resume, could you also rewrite my LinkedIn headline?").
        var pointsBack = Pointing.IsIn(Expletive().Replace(ask.Span, " ")) || !ObjectWords.HasConcreteObject(ask.Span);
        if (match.Kind == MatchKind.None && pointsBack)
        {
            // "When the team are in for the floors, could they give the sofa a going over?": the occasion says when.
            match = MatchAround(WithoutOccasions(ask.Sentence), package);
            if (match.Kind == MatchKind.Deliverable && Pointing.IsIn(ask.Span) && ask.Context is not null && OnAnOccasion().IsMatch(Tokenizer.Fold(ask.Sentence)) &&
                MatchAround(ask.Context, package) is { Kind: MatchKind.AddOn, Strength: > 0 } extra)
            {
                // "…those huge soap bubbles. For one of the January sessions could you bring that along?": what is
                // pointed at is the add-on named before; the session only says when.
                match = extra;
            }
        }

        if (match.Kind == MatchKind.None && TopicFirst().Match(Tokenizer.Fold(ask.Sentence)) is { Success: true } topic)
        {
            // "For the album, can we have the linen cover in green?", "And on the envelopes we would love the names written by
            // hand": the topic named up front.
            match = MatchAround(topic.Value, package);
        }

        if (match.Kind == MatchKind.Package && ask.Context is not null && Pointing.IsIn(ask.Span) && !pointerIsPlace &&
            MatchAround(ask.Context, package) is { Kind: MatchKind.Deliverable } own)
        {
            // "Can you translate these three as well?" after naming three certificates: the things named
            // before are what is asked for, and they are the client's own deliverable.
            match = own;
        }

        if (match.Kind == MatchKind.None && ask.Context is not null && (pointsBack || ask.ContextIsLead))
        {
            // "Would you mind taking a look at it?": the thing was named in the sentence before, or in
            // the line that introduced a list of changes. A repeat said there ("we'd need the same thing you built for
            // the other three. Could you prepare that?") is of work done before: no add-on, and more than one word of an item.
            // "My last appointment was on 6 November, so this will be around December. Can we put a date for it?": a past
            // occasion told in passing is not what "it" stands for.
            match = MatchAround(PastOccasion().Replace(ask.Context, " "), package);
            if (ask.CueKind == "advice" && match.Kind == MatchKind.Referral)
            {
                // "Should I ease the line, or leave it?" after describing it: a question on the client's own next step,
                // which the field of the thing described does not make the referral's work.
                match = ScopeMatch.Nothing;
            }

            if ((match is { Kind: MatchKind.AddOn or MatchKind.Package } or { Kind: MatchKind.Deliverable, Strength: 0 } && RepeatCue.IsIn(ask.Context)) ||
                (match.Kind == MatchKind.Referral && (LikeYouDid().IsMatch(Tokenizer.Fold(ask.Sentence)) || RepeatCue.IsIn(ask.Sentence))))
            {
                // "…send our answers back like you did the last two times?", "Could you put it back on your timing machine and
                // set it right once more?": what the provider did before is no referral's field, whatever the sentence before named.
                match = ScopeMatch.Nothing;
            }
        }

        if (match.Kind == MatchKind.None && DoesIt().IsMatch(ask.Span) && previous is { Match.Kind: not MatchKind.None } &&
            ask.Earlier.Contains(previous.Text, StringComparer.Ordinal))
        {
            // "Would you come and set up your table for the day? … Same set-up as before. Let me know if you can do it.": "do it"
            // names no work of its own; with only description between, it is the ask a few sentences back asked again.
            match = previous.Match;
        }

        if (match.Kind == MatchKind.None && pointsBack && Pointing.IsIn(Tokenizer.Fold(ask.Sentence)) && ask.CueKind != "advice" && !RepeatCue.IsIn(ask.Sentence) &&
            !VerdictRules.SoonerThanUsual(ask) &&
            ask.Earlier.Select(e => MatchAround(PastOccasion().Replace(e, " "), package)).FirstOrDefault(m => m.Kind == MatchKind.Referral) is { } described)
        {
            // "…the pole thing on the chimney is leaning. Cable looks like it's flapping too. Is this something you could put
            // right?": a thing described over several sentences is named in the first of them. "Could you put me before the
            // others and make it before Christmas?" asks when the agreed work is done, not for what was described before.
            match = described;
        }

        if (match.Kind == MatchKind.None && ask.Later is not null && ask.CueKind != "advice" && !RepeatCue.IsIn(ask.Sentence) &&
            (PointerBeforeCue().IsMatch(Tokenizer.Fold(ask.Sentence)) || (Pointing.IsIn(ask.Span) && !ObjectWords.HasConcreteObject(ask.Span))) &&
            index.MatchReferral(ask.Later, package) is { Kind: MatchKind.Referral } spelledOut)
        {
            // "Is that something you could take on? Skin it, glass eyes, painted up…": what "that" is, spelled out just after.
            match = spelledOut;
        }

        if (match.Kind == MatchKind.None && ask.MayElaborate && previous is not null && previous.Text == ask.Context && VerdictEvidence.IsArrangement(previous.Evidence) && BringAlong().IsMatch(ask.Span))
        {
            // "Could we shift our get-together to Thursday 26th? She's asked if you could bring the marked-up plan.": what to
            // bring to the meeting just moved is part of that arrangement, not an ask of its own.
            return null;
        }

        if (match.Kind == MatchKind.None && ask.MayElaborate && previous is not null && previous.Text == ask.Context && previous.Match.Kind != MatchKind.None)
        {
            // "Could you build a website for my bakery? We need a menu page and opening hours." is one ask.
            match = previous.Match;
        }

        if (match.Kind == MatchKind.None && previous is { Match.Kind: MatchKind.Referral } && ask.Context is not null && (Pointing.IsIn(ask.Span) || PointerBeforeCue().IsMatch(Tokenizer.Fold(ask.Sentence))))
        {
            // "We need another licence for the terrace. It is six pages in German. Can you help us fill this
            // application?": what the ask points at was the field asked about just before, not the aside between.
            match = previous.Match;
        }

        if (inClause.Kind is not MatchKind.Referral && AndTellWhether().Match(ask.Span) is { Success: true } told &&
            index.MatchReferral(ask.Span[told.Index..], package) is { Kind: MatchKind.Referral } field)
        {
            // "Could you read through it and tell us whether we'd be paid out if a storm lifted the panels?": reading is
            // the way, the answer asked for is what is wanted, and it lies in a referral's field (docs/asks.md).
            return field;
        }

        if (ask.AsksInformation && inClause.Kind == MatchKind.Referral)
        {
            // "Can you tell me whether the plan is enforceable?": an answer only the lawyer can give is the lawyer's work (docs/asks.md).
            return inClause;
        }

        if (ask.Logistics && !VerdictRules.AsksForVariant(ask) && (match.Strength < 2 || match.Kind != MatchKind.Deliverable || match != inClause || AskDetector.AdminThingForWork(ask.Span)))
        {
            // "Could you send me the invoice for the extra call?" is admin, unless it plainly names work
            // the book sells ("send reminders for the overdue invoices") in its own clause: "can't find your invoice
            // for the year-end return. Could you send me a copy?" asks for a copy, not for the return.
            return null;
        }

        if (ask.SeeksReferral && match.Kind is not MatchKind.Referral &&
            (MatchAround(ask.Sentence, package) is { Kind: MatchKind.Referral } inSentence ? inSentence
             : ask.Context is not null && MatchAround(ask.Context, package) is { Kind: MatchKind.Referral } before ? before : null) is { } referral)
        {
            // "Do you teach violin, or can you recommend a teacher?": the sentence (or the one before) names whose expertise it is.
            match = referral;
        }

        if (ask.SeeksReferral && match.Kind is not MatchKind.Referral)
        {
            // "Could you recommend a book?" asks for a tip, not for work.
            return null;
        }

        if (match.Kind == MatchKind.None && RepeatCue.IsIn(ask.Sentence) &&
            Mentioned(ask.Context + " " + ask.Sentence, package) is { Kind: MatchKind.Deliverable, Strength: > 0 } repeated && !index.IsUncounted(repeated))
        {
            // "All nine are due new sets: Duke - same as last time": the repeat is of the deliverable named there. Not of
            // support without a count ("Mum said I could email you… like the ones we did"), which is never had once more.
            match = repeated;
        }

        if (match.Kind == MatchKind.None && Pointing.IsIn(ask.Span) && !RepeatCue.IsIn(ask.Sentence) && index.MatchOwnActivity(ask.Span, package) is { Kind: not MatchKind.None } act)
        {
            // "Please can you fix it also on the same day when you are here?": what "it" is was described before; fixing is
            // what only one item of the book does (its remedial work).
            match = act;
        }

        if (index.IsSupportLine(match) && !ask.Question && !ask.AsksInformation && ask.CueKind is not ("question" or "advice") && !SupportAsked().IsMatch(ask.Sentence))
        {
            // "Could you put that unit up on the gable wall?", "could you write the weekly emails to our backers?": support that
            // runs along answers questions; work asked for is not had under it, whatever words of its name the ask shares.
            match = ScopeMatch.Nothing;
        }

        return match;
    }

    [GeneratedRegex(@"\b(?:answer|answers|answering|reply|replies|respond|question|questions|advice|advise|explain|quick\s+one)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SupportAsked();

    /// <summary>
    /// The referral whose field a question's own words name whole (a phrase, not one word of it), if any; not when the
    /// phrase rests on a thing of the book's own ("is it all right for the piano to stay by the radiator?").
    /// </summary>
    public ScopeMatch? FieldAsked(DetectedAsk ask, MatchScope package) =>
        index.Match(ask.Span, package) is { Kind: MatchKind.Referral, Strength: > 0 } field && !index.RestsOnOwnThing(field) ? field : null;

    /// <summary>What the text names anywhere in it, not only as the object of an ask.</summary>
    public ScopeMatch Mentioned(string text, MatchScope package) => index.Match(text, package, anchored: false);

    /// <summary>Text around the ask: anchored first, then any mention.</summary>
    private ScopeMatch MatchAround(string text, MatchScope package)
    {
        // "…not full extensions, just those little bunches…": what the client rules out is not what they point at.
        text = RuledOut().Replace(text, " ");
        // "In the call you told me it takes three weeks": where it was said, not what "it" is.
        text = PastReference().Replace(text, " ");
        return index.Match(text, package) is { Kind: not MatchKind.None } anchored ? anchored : index.Match(text, package, anchored: false);
    }

    [GeneratedRegex(@"(?<=\w.*)\s+and\s+(?:then\s+)?(?:send|email|e-mail|forward|share)\s+(?:(?:me|us)\s+)?(?:(?:the|a|an|some)\s+)?(?:fresh|updated|revised|corrected|amended|new|clean)\s+(?:[\w-]+\s+)?(?:files?|versions?|copy|copies|pdfs?|proofs?|jpgs?|pngs?|drafts?|artwork)\b(?:\s+(?:back|over|through|across))?(?=\s*[?.!,]?\s*$)")]
    private static partial Regex SendsResultBack();

    [GeneratedRegex(@"\b(?:on|onto|to|into|under|over|around|inside|(?<!\b(?:go|goes|going|went|gone|look|looking|read|reading|run|running|work|working|get|getting|talk|talking|walk|walking|put|see|think|flick|skim|check|checking|sort|sorting)\s+)through|across|along|behind|beside)\s+(?:it|them|this|that|these|those)\b")]
    private static partial Regex PlacePointer();

    [GeneratedRegex(@"^(?:if\s+)?(?:(?:you|u)\s+)?(?:can|could|would|will)\s+(?:(?:you|u)\s+)?(?:still\s+)?(?:do|manage|make)\s+(?:it|that|this)\b")]
    private static partial Regex DoesIt();

    [GeneratedRegex(@"\b(?:not|no)\s+(?:a\s+|the\s+|any\s+)?[^,;:.!?()]{1,40}?\s*(?:,|;|\s-+)\s*(?=(?:just|only|but|rather|simply)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RuledOut();

    // "…and tell me whether", "…and let us know which": the answer the clause asks for, after what is to be looked at.
    // "for one of the January sessions", "at my next visit": an occasion that says when, not what.
    [GeneratedRegex(@"\b(?:for|at|during|in|on)\s+(?:one\s+of\s+)?(?:the|my|our|your|his|her|next|this|that)\s+(?:[\w-]+\s+){0,2}(?:sessions?|visits?|lessons?|classes|class|appointments?|one)\b")]
    private static partial Regex OnAnOccasion();

    // "…if you could bring the marked-up plan": a thing to bring along to an arrangement.
    [GeneratedRegex(@"\b(?:bring|brought|take)\s+(?:along\s+)?(?:the|your|a|an|some|those|these|that|this)\b")]
    private static partial Regex BringAlong();

    // "Is that something you could do?": the pointer stands before the cue.
    [GeneratedRegex(@"^(?:and\s+|so\s+)?(?:is|would|could)\s+(?:that|this|it)\s+(?:be\s+)?(?:something|anything)\b")]
    private static partial Regex PointerBeforeCue();

    // "Could you have a look at it before class on Thursday?": the session booked says when, not what ("at this time of
    // year" is a season, no session).
    private static readonly Regex AroundTheAppointment = KnowledgeFile.Pattern(@"\b(?:before|after|at|during)\s+(?:the\s+|my\s+|our\s+|your\s+|next\s+|this\s+|tomorrow's\s+|\w+day's\s+)?{appointments}(?:es|s)?(?!\s+of\s+(?:the\s+)?(?:year|day|month|week|season|night)\b)(?:\s+(?:on|this|next)\s+\w+)?\b");

    // "when you come for the boiler", "when she's in for the service", "while you're here doing the blinds", "the next time you
    // come for the blinds", "when you do the new binding", "whoever comes out for the service", "while you've got all my
    // measurements": an occasion.
    [GeneratedRegex(@"\b(?:when|while|whilst|(?:the\s+)?next\s+time)\s+(?:you(?:'re|\s+are)?|she(?:'s|\s+is)|he(?:'s|\s+is)|it(?:'s|\s+is)|they(?:'re|\s+are)|(?:your|the)\s+\w+(?:'s|\s+is|\s+are)?)\s+(?:\w+\s+)?(?:come|comes|coming|here|there|in|over|round|out)\s+(?:\w+\s+)?(?:for|doing|to\s+do)\s+(?:the|my|our|your|her|his|its)\s+(?:[\w-]+\s+){0,2}[\w-]+|\b(?:when|while|whilst)\s+(?:you(?:'re|\s+are)?)\s+(?:do|doing|work\s+on|working\s+on)\s+(?:the|my|our|your|her|his|its)\s+(?:[\w-]+\s+){0,2}[\w-]+|\bwhoever\s+(?:comes|is\s+coming)\s+(?:\w+\s+)?(?:for|to\s+do)\s+(?:the|my|our|your|her|his|its)\s+(?:[\w-]+\s+){0,2}[\w-]+|\b(?:while|whilst|since|as)\s+you(?:'ve|\s+have)\s+(?:still\s+)?got\s+(?:all\s+)?(?:the|my|our|his|her|their)\s+(?:[\w-]+\s+){0,2}[\w-]+", RegexOptions.IgnoreCase)]
    private static partial Regex ComingFor();

    // The visit the ask comes with, the work once done and the appointment around it say when, not what.
    private static string WithoutOccasions(string text) =>
        AroundTheAppointment.Replace(OnceDone().Replace(ComingFor().Replace(text, " "), " "), " ");

    // "could you get it sorted before the concert on the 13th?": the event it must be ready for says by when, not what.
    [GeneratedRegex(@"\b(?:before|ahead\s+of|in\s+time\s+for)\s+(?:the|our|my|their|her|his)\s+(?!\d|next\b|last\b|first\b|end\b|start\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)(?:[\w'-]+\s+){0,2}?[\w'-]+(?=\s+(?:on|this|next|in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b|\s*[,.?!]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeTheEvent();

    // "something for the tent", "anything to go with the cake": a new thing, named by what it is for.
    [GeneratedRegex(@"\b(?:something|anything)\s+(?:(?:new|extra|else|special|nice|similar)\s+)?(?:for|to\s+go\s+with|to\s+put\s+(?:in|on))\s+(?:the|our|my|her|his|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\b", RegexOptions.IgnoreCase)]
    private static partial Regex SomethingFor();

    [GeneratedRegex(@"\b((?:this|that|these|those|it|them)\b(?:\s+(?:for\s+(?:us|me)|also|too|as\s+well))*)\s*,?\s+for\s+(?:the|our|my|her|his|their|every|each|all\s+the|\d+)\s+(?:[\w-]+\s+){0,2}?[\w-]+\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointerFor();

    [GeneratedRegex(@"\bso\s+(?:that\s+)?(?:nobody|no\s+one|everyone|everybody|people|guests|we|i|they|she|he|it)\b[^,;.?!]*", RegexOptions.IgnoreCase)]
    private static partial Regex Purpose();

    // "once the nails are done", "before the new aids are come", "now that all ten chapters are in", "or I could bring it to
    // our next session": when, not what.
    [GeneratedRegex(@"\bbring\s+(?:it|them|this|that)\s+(?:along\s+|in\s+|over\s+)?to\s+(?:our|my|the|your)\s+(?:next\s+)?[\w-]+|\b(?:once|after|when|before)\s+(?:the|my|our|her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:is|are|has\s+been|have\s+been)\s+(?:all\s+)?(?:done|finished|over|complete|completed|ready|come|arrived|here|in)\b|\bnow\s+that\s+(?:[\w-]+\s+){1,4}?(?:is|are|has\s+been|have\s+been)\s+(?:all\s+)?(?:done|finished|over|complete|completed|ready|in|written|delivered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnceDone();

    [GeneratedRegex(@"\b(?:my|our|the|your|his|her|their)\s+(?:last|previous|most\s+recent)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:was|were|went)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastOccasion();

    [GeneratedRegex(@"\bthe\s+same\s+(?:thing|one|setup|set-up)\b")]
    private static partial Regex SameThing();

    [GeneratedRegex(@"\b(?:like|as|the\s+way)\s+(?:you|your\s+\w+|they)\s+(?:did|have\s+done|had\s+done|always\s+do)\b")]
    private static partial Regex LikeYouDid();

    [GeneratedRegex(@"\b(?:like|as|same\s+as)\s+the\s+(?:one|ones|two|three|four|five|others?|first\s+(?:one|ones|two|three)|last\s+(?:one|ones|two|three))\s+(?:that\s+)?(?:you|your\s+\w+)\s+(?:already\s+)?(?:put\s+up|put\s+in|made|did|built|fitted|installed|hung|painted|wrote|drew|designed|fixed)\b")]
    private static partial Regex LikeTheOnesYouMade();

    [GeneratedRegex(@"\band\s+(?:then\s+)?(?:tell|advise|let)\s+(?:me|us)\s+(?:know\s+)?(?:whether|if|which|what|how)\b")]
    private static partial Regex AndTellWhether();

    // "Would it be possible", "it would be great": an "it" that points at nothing.
    [GeneratedRegex(@"\b(?:(?:would|will|is|was)\s+it\s+be|is\s+it\s+possible|it(?:'d|\s+would|\s+will)\s+be|it's\s+possible|that(?:'d|\s+would)\s+be)\b")]
    private static partial Regex Expletive();

    [GeneratedRegex(@"^(?:(?:and|also|so|oh|plus)\s+)?(?:for|about|regarding|re:?|on|with|as\s+for|concerning)\s+(?:the|my|our)?\s*[\w\s'-]{1,40}?(?:\s*[,:–-]|(?=\s+(?:we|i)(?:'d|\s+would|\s+want|\s+need)\b))")]
    private static partial Regex TopicFirst();

    [GeneratedRegex(@"\b(?:from|in|during|after|since|on|at|about)\s+(?:our|the|my|your|this|that|last|yesterday's|today's|\w+day's)\s+(?:(?:last|previous|recent|first|second|third|earlier|latest|\w+day's)\s+)?(?:call|session|meeting|chat|zoom)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastReference();
}
