using System.Text.RegularExpressions;
using MailScope.Core.Knowledge;
using MailScope.Core.Language;

namespace MailScope.Core.Asks;

/// <summary>
/// Decides which sentences of a message's new text ask the provider to do work. A request cue is not
/// enough: logistics (moving a contracted call, invoices, links), confirmations, thanks, news,
/// commitments and explicit "I know it isn't included, I'll handle it" are told apart from work asks.
/// </summary>
internal static partial class AskDetector
{
    public static List<DetectedAsk> Detect(IEnumerable<string> sentences) =>
        Detect(sentences.Select(s => new SentenceSplitter.Sentence(s, null)));

    public static List<DetectedAsk> Detect(IEnumerable<SentenceSplitter.Sentence> sentences)
    {
        var asks = new List<DetectedAsk>();
        string? previous = null;
        string? earlier = null;
        var before = new List<string>();
        var lastFound = 0;
        foreach (var sentence in sentences)
        {
            var found = asks.Count;
            for (var i = lastFound; i < found; i++)
            {
                asks[i] = asks[i] with { Later = asks[i].Later ?? sentence.Text };
            }

            lastFound = found;
            DetectIn(sentence.Text, sentence.Lead ?? previous, sentence.Lead is not null, asks, earlier);
            if (asks.Count == found && sentence.Lead is not null && ThingsNeededFromYou().IsMatch(Tokenizer.Fold(sentence.Lead)) &&
                Tokenizer.Fold(sentence.Text) is var item && (IsAdminObject(item) || NamesAdminPaper(item)))
            {
                // "Our bookkeeper is missing two things from you: - a copy of the final invoice… - a signed W-9": each admin
                // paper listed under the lead is asked for, though no item says so.
                asks.Add(new DetectedAsk(sentence.Text, OpeningWords(sentence.Text), "need", item, QuantityOf(item), sentence.Lead) { Logistics = true, ContextIsLead = true });
            }

            for (var i = found; i < asks.Count && sentence.Lead is null; i++)
            {
                asks[i] = asks[i] with { Earlier = EarlierThan(before) };
            }

            WantedThenResent(asks, found, previous);
            if (AttachmentNote().IsMatch(Tokenizer.Fold(sentence.Text)))
            {
                // "…gone cloudy between the two panes. Photo attached. Is that something you can fix?": a note of what is
                // attached is not what "that" points at.
                continue;
            }

            earlier = previous;
            previous = sentence.Text;
            before.Add(sentence.Text);
        }

        // "I'd love to see them all covered in slip. Maybe next year.": a wish put off to another time asks for nothing now.
        asks.RemoveAll(a => a.CueKind == "wish" && (PutOff().IsMatch(a.Span) || (a.Later is { } later && PutOff().IsMatch(Tokenizer.Fold(later)))));
        return asks;
    }

    [GeneratedRegex(@"(?:^|[,;-]\s*|\s-\s)(?:but\s+)?(?:maybe|perhaps|hopefully)\s+(?:next\s+(?:year|time|season|spring|summer|autumn|fall|winter|term)|another\s+(?:time|year|day)|one\s+day|some\s*day|some\s+other\s+time|in\s+the\s+future)\b[^?]*[.!]*\s*$")]
    private static partial Regex PutOff();

    [GeneratedRegex(@"^(?:(?:i've|i\s+have|i|we've|we\s+have|we)\s+(?:also\s+)?attached\b[^.?!]{0,50}|(?:(?:a|the|some|my|our)\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:is\s+|are\s+)?(?:attached|enclosed)(?:\s+(?:here|too|below|as\s+well))?|see\s+(?:the\s+)?attached(?:\s+\w+){0,2}|attached\s+(?:is|are)\s+[^.?!]{0,40})\s*[.!]?\s*$")]
    private static partial Regex AttachmentNote();

    /// <summary>The sentences before the one just before, nearest first: where a thing described at length was named.</summary>
    internal static string[] EarlierThan(List<string> before) =>
        before.Count < 2 ? [] : [.. before[Math.Max(0, before.Count - 1 - EarlierReach)..^1].AsEnumerable().Reverse()];

    private const int EarlierReach = 3;

    /// <summary>
    /// "…we'd like the PNG for the club archive. Could you resend it?": the thing wanted in one sentence is what the next
    /// asks to have sent again, so both are the one redelivery, not new work and a resend.
    /// </summary>
    private static void WantedThenResent(List<DetectedAsk> asks, int found, string? previous)
    {
        if (found == 0 || found >= asks.Count || asks[found] is not { Logistics: true } resend || !ResendsIt().IsMatch(resend.Span))
        {
            return;
        }

        for (var i = found - 1; i >= 0 && asks[i].Sentence == previous; i--)
        {
            if (!asks[i].Logistics && Wants().IsMatch(asks[i].Span))
            {
                asks[i] = asks[i] with { Logistics = true, Redelivery = true };
            }
        }
    }

    // "It'll want a pair of newels and a run of spindles. Could you fit them in for late January?": the job described needs them.
    [GeneratedRegex(@"\b(?:we|i)(?:'d|\s+would|\s+will)?\s+(?:need|want|like)\b[^.?!]*\b(?:new|more|another|extra|additional|dozen|\d+)\b|\b(?:it|they|this|that)(?:'ll|\s+will|'d|\s+would)\s+(?:need|want)\s+(?:a|an|two|three|four|five|six|\d+|some|new)\b")]
    private static partial Regex NewWorkNeeded();

    // "she's missing two things from you:", "has asked me for three things from your side:": a lead over what is wanted.
    [GeneratedRegex(@"\b(?:missing|chasing\s+(?:me|us)\s+for|asked\s+(?:me\s+|us\s+)?for|asking\s+(?:me\s+|us\s+)?for|needs?|wants?|requires?)\s+(?:two|three|four|five|a\s+few|a\s+couple\s+of|several|some|\d)\s+things\s+from\s+(?:you|your\s+(?:side|end))\b")]
    private static partial Regex ThingsNeededFromYou();

    /// <summary>The first three words of a sentence: the cue shown for an ask no cue word opened.</summary>
    internal static string OpeningWords(string sentence) => string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));

    [GeneratedRegex(@"^(?:then\s+)?(?:send|email|e-mail|forward|share)\s+(?:(?:me|us)\s+)?(?:it|them|the|a|an)\b")]
    private static partial Regex SendsTheResult();

    // "…a call one evening so | you can see both suits on me?": an ask ending in "so", then what it lets the provider do.
    [GeneratedRegex(@"\s(?:so|so\s+that)\s*$")]
    private static partial Regex SoThat();

    [GeneratedRegex(@"^(?:you|u|i|we|they|he|she)\s+(?:can|could|will|would|are\s+able\s+to|is\s+able\s+to)\s+(?:see|look|check|hear|watch|meet|talk|chat|tell|show|explain|advise|decide|compare|judge)\b")]
    private static partial Regex YouCanThen();

    // "…not in front please because of the funeral", "in person please - I do better across the table": a reason after the
    // please, so the please closes what was said before.
    [GeneratedRegex(@"^please\s*(?:[,;.!]|\s-\s|[-\u2013\u2014]|$|(?:because|since|as|cause)\b)")]
    private static partial Regex TrailingPlease();

    [GeneratedRegex(@"^(?:please|pls|kindly)\s*,?\s*(?:when|once|after|as\s+soon\s+as|if|before|while)\b[^,?.!]*,\s*$")]
    private static partial Regex PleaseThenWhen();

    [GeneratedRegex(@"(?:^|[,;:(-]\s*)(?:but\s+|and\s+)?(?:not|nothing)\s+(?:too|so|very|overly)\s+[\w-]+\s*,?\s*$")]
    private static partial Regex NotTooMuch();

    [GeneratedRegex(@"^please\s+(?:to|at|in|on|by|for|with|via|as)\b")]
    private static partial Regex PleaseThenWhere();

    [GeneratedRegex(@"\b(?:resend|re-send|send|email|forward)\s+(?:it|them|that|those|this)\b(?:\s+(?:again|over|through|across|to\s+(?:me|us)))*\s*(?:please\s*)?[?.!]?\s*$")]
    private static partial Regex ResendsIt();

    // A plain want of a thing ("we'd like the PNG"), not of work done ("we'd like you to…").
    [GeneratedRegex(@"^(?:we|i)(?:'d|\s+would)\s+(?:like|love)\s+(?:the|a|an|our|my)\s+(?!.*\b(?:you|your)\b)")]
    private static partial Regex Wants();

    private static void DetectIn(string sentence, string? context, bool contextIsLead, List<DetectedAsk> asks, string? earlier = null)
    {
        var folded = Tokenizer.Fold(sentence);
        // A "sentence" longer than this is pasted material (a log, a table), not something a person asks.
        if (folded.Length > 2000 || Disclaims().IsMatch(folded) || QuotedSpeech.IsIn(sentence))
        {
            return;
        }

        var cues = RequestCues.FindAll(folded);
        for (var i = 0; i < cues.Count; i++)
        {
            var (name, index) = cues[i];
            var end = i + 1 < cues.Count ? cues[i + 1].Index : folded.Length;
            var span = folded[index..end];
            if (name == "please" && TrailingPlease().IsMatch(span) && NotTooMuch().IsMatch(folded[..index]))
            {
                // "Is for to wear around the neck, not too wide please, maybe 30 cm": how the agreed work should be, no more work.
                continue;
            }

            if (name == "please" && TrailingPlease().IsMatch(span) && folded[(i > 0 ? cues[i - 1].Index : 0)..end] is var said && (IsArrangement(said) || IsAdminObject(said)))
            {
                // "…so nothing before 11am please, he'll be asleep": the please closes the arrangement (or admin thing) said before it.
                span = said;
            }

            if (name == "wish" && WishedThings().Matches(folded).Any(m => m.Index < index && index < m.Index + m.Length))
            {
                // "Attached is the list of the shots we'd like, as you asked.": a wish that describes the things named before it.
                continue;
            }

            if (i > 0 && folded[cues[i - 1].Index..index].TrimEnd().EndsWith(" and", StringComparison.Ordinal) && SendsTheResult().IsMatch(span))
            {
                // "Could you rework those two bits and send me a fresh PDF?": sending back the work just asked for is part of that ask.
                continue;
            }

            if (i > 0 && SoThat().IsMatch(folded[cues[i - 1].Index..index]) && YouCanThen().IsMatch(span))
            {
                // "Could we get on a call one evening so you can see both suits on me?": what the ask before is for, not another
                // ("Can she come in so you can take the long one out?" asks for the work after "so").
                continue;
            }

            if (name == "please" && i + 1 < cues.Count && PleaseThenWhen().IsMatch(span))
            {
                // "So please, when the charger is in, can you…": the please opens the ask that follows; the clause says when.
                continue;
            }

            if (i > 0 && PleaseThenWhere().IsMatch(span))
            {
                // "Could you send both again as PDF, please to this address?": the same ask goes on, said politely.
                continue;
            }

            // "Would you be kind enough to send me…", "Would you be so kind as to…": the courtesy before the ask that follows
            // is no ask of its own; nor is "Any chance you" or "Would you be able" when the ask follows in the same sentence.
            if (CourtesyOnly().IsMatch(span) || (i + 1 < cues.Count && FrameOnly().IsMatch(span)))
            {
                continue;
            }

            // "I don't know if this is something you do, but you are the only person I know who works with videos": a doubt
            // whether the provider does it at all frames the ask said elsewhere; it asks nothing of its own.
            if (index > 0 && NotSureYouDoIt().IsMatch(folded[..index]) && !span.Contains('?', StringComparison.Ordinal))
            {
                continue;
            }

            // "Let's just keep Thursday as it is": nothing moved, nothing asked (and no arrangement either). "If you need to
            // send something or come and see me, please go to Phibsborough": where to find the client should the provider need them.
            if (TakeCare().IsMatch(span) || (index > 0 && IfYouNeedUs().IsMatch(folded[..index]) && WhereToFindUs().IsMatch(span)))
            {
                continue;
            }

            // "I've dropped the output into the shared folder so you can have a look beforehand if you get a chance, no pressure":
            // the "if you get a chance" closes what was said before it, asked or not, and asks nothing of its own.
            if (index > 0 && BareIfYouGetAChance().IsMatch(span))
            {
                continue;
            }

            // "Any news on the footage you took? …and I'd like to have your notes before Tuesday": why the work asked about just
            // before is wanted soon, no more work.
            if (name == "wish" && context is not null && WantedSoon().IsMatch(span) && StatusWords.AreAsked(Tokenizer.Fold(context)))
            {
                continue;
            }

            // "…if you can believe it": a marvel; "If you could confirm it arrived, I'd appreciate it" and "If you could shoot those
            // over…, that'd be great": the thanks for the ask before.
            // "Thanks, really hoping you can": the hope that the ask before is granted, not another ask; "Tell me the price by
            // hour.", "…if you can give me a figure by Friday": what the ask before would cost, which that ask's verdict answers;
            // "If it is far from your work, then please only tell me.": the answer to the ask before.
            // "Could you post us down a fresh box…? Needs to be here by Friday the 13th ideally": when the ask before is wanted.
            if (Marvel().IsMatch(span) || (i > 0 && ThanksForIt().IsMatch(span)) || (asks.Count > 0 && (HopeItWorks().IsMatch(span) || PriceOfIt().IsMatch(span) || JustTellMe().IsMatch(span) || WantedBy().IsMatch(span))))
            {
                continue;
            }

            // Moving a contracted call or asking for a confirmation is never new work, but it is an ask.
            // "We'd need a dozen new icons drawn… Could you fit that in in December?": booking the new work said before is asking for it.
            // "Park on the road rather than the drive if you can": the "if you can" asks what was said before it.
            // How to reach the client is checked apart: "write email… not call" names a work verb, which IsArrangement refuses.
            var arrangement = (IsArrangement(span) || HowToReachUs().IsMatch(span) || (i == 0 && index > 0 && TrailingIfYouCan().IsMatch(span) && IsInstruction(folded[..index].TrimStart()))) &&
                              !(Pointing.IsIn(span) && context is not null && NewWorkNeeded().IsMatch(Tokenizer.Fold(context)));

            // "The zoom link doesn't work - could you send a new one?": passing on an admin thing named before.
            var before = index > 0 ? folded[..index] : null;
            // "Could you resend the file?": what was delivered, sent or switched on again, is admin whatever it is.
            var redelivery = Redelivery.Match(span) is { Success: true } again && !StrongWork().IsMatch(span) && !SendsOut().IsMatch(span) && !WorkVerb().IsMatch(span[..again.Index]);
            // "…asked for a proper tax invoice. The email I have only shows the total. Could you send one through?": the admin
            // thing may sit two sentences back when nothing precedes the cue in its own sentence.
            // "The recording you made me… Would you be able to redo it with her name in it?": redone, a recording is made
            // again; only an admin paper pointed at is passed on redone ("correct it", after the invoice).
            bool NamesAdmin(string? pointed) => RemakesOnly(span) ? Names(pointed, IsLogisticsNoun) : MentionsAdmin(pointed);
            var admin = arrangement || redelivery || (IsAdminObject(span) && !BuildsIt().IsMatch(span)) ||
                        (SomethingOnPaper().IsMatch(span) && MentionsAdmin(before ?? context)) ||
                        ((((Pointing.IsIn(span) || ACopy().IsMatch(span)) && PassOn().IsMatch(span) && !WorkedOnBeforePassing(span)) || SendsOne().IsMatch(span)) &&
                         (NamesAdmin(PointedFrom(before, context)) || (before is null && NamesAdmin(earlier))));
            // "Another one of those on the calendar": more of the work, however it is booked; so is "make my Thursday ones a full
            // hour from now on instead of the 45 minutes", a longer session than agreed.
            var moreOfTheWork = !redelivery && (AnotherOfThose().IsMatch(span) || BiggerThanAgreed.IsIn(span));
            // "…if the roll number could go on it", after an invoice: changing the admin thing named before.
            // "…a copy of the invoice. Could you send it over again? If your tax ID is on it that would be perfect.": the admin ask just before.
            var amendsAdmin = (AmendsIt().IsMatch(span) || (before is not null && AmendsIt().IsMatch(before))) &&
                              (NamesAdminPaper(before) || NamesAdminPaper(context) || (asks.Count > 0 && asks[^1] is { Logistics: true } last && (last.Sentence == context || last.Sentence == earlier)));
            // "Could we push it to Tuesday? If neither works just send me a couple of options.": other days, after a move.
            var otherOptions = OptionsOffered().IsMatch(span) && asks.Count > 0 && asks[^1] is { Logistics: true } move && (move.Sentence == context || move.Sentence == sentence);
            var logistics = (admin && !moreOfTheWork) || amendsAdmin || otherOptions;
            // "How far along is it, and when can we expect a first version?": a status question, judged as one (WorkInProgress).
            if (IsStatusQuestion(folded) && !AddressesYou().IsMatch(span))
            {
                continue;
            }

            // What an ask points back at may sit earlier in its own sentence ("…join one of our sessions - would that be ok?").
            if (!logistics && !IsWorkAsk(name, span, folded, before ?? context) && !(before is not null && context is not null && IsWorkAsk(name, span, folded, context)))
            {
                continue;
            }

            // Fold keeps one character per character, so the cue can be cut from the original sentence.
            var cue = sentence[index..Math.Min(sentence.Length, index + CueLength(span))].Trim();
            asks.Add(new DetectedAsk(sentence, cue, name, span, QuantityOf(span), context) { Logistics = logistics, Redelivery = redelivery, ContextIsLead = contextIsLead, AsksInformation = arrangement && TellMe().IsMatch(span), BooksAPlace = PlaceBooked().IsMatch(span) });
        }
    }

    private static int CueLength(string span)
    {
        // The cue as shown to a user: the first few words of the asking clause.
        var words = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == ' ' && ++words == 3)
            {
                return i;
            }
        }

        return span.Length;
    }

    /// <summary>
    /// Logistics: moving a contracted call, a link, an invoice, a confirmation. Verbs decide ("move our
    /// call"); a logistics noun decides only when it is what the clause asks for ("send me the invoice"),
    /// not when it is part of the work ("sell bouquets with card payments").
    /// </summary>
    private static bool IsAdminObject(string span)
    {
        // "Could you either fill in Section B and send it back, or just email me a paid-in-full receipt?": either will do, and
        // the easier one is admin.
        if (OrJust().Match(span) is { Success: true } or && SentOn().Match(span, or.Index + or.Length) is { Success: true } sent &&
            Tokenizer.Tokenize(span[(sent.Index + sent.Length)..]).Take(6).Any(t => LogisticsNouns.Contains(t.Key)))
        {
            return true;
        }

        var tokens = Tokenizer.Tokenize(WithoutPurpose(span));
        var at = -1;
        for (var i = 0; i < tokens.Count && at < 0; i++)
        {
            var t = tokens[i];
            if (!Lexicon.StopWords.Contains(t.Word) && (IsAdminNoun(t) || (ObjectWords.IsConcrete(t) && !Lexicon.Activities.Contains(t.Key))))
            {
                at = i;
            }
        }

        // "a corrected invoice", "the updated receipt": a participle before the admin thing only describes it.
        if (at >= 0 && at + 1 < tokens.Count && !IsAdminNoun(tokens[at]) && tokens[at].Word.EndsWith("ed", StringComparison.Ordinal) && IsAdminNoun(tokens[at + 1]))
        {
            at++;
        }
        else if (at >= 0 && !IsLogisticsNoun(tokens[at]) && NextWordAfterDeterminers(tokens, at) is var next and >= 0 && IsLogisticsNoun(tokens[next]) &&
                 (next == at + 1 || (at <= 5 && tokens.Take(at).All(t => !ObjectWords.IsConcrete(t)))))
        {
            // "issue a tax invoice", "please address all invoices to…": a word qualifying the admin thing, or the verb
            // that opens the clause, is not what is asked for; the admin thing is.
            at = next;
        }

        // "Would you be able to redo the recording with her name in it?": a recording redone is made again, not passed on.
        return (at >= 0 && (IsLogisticsNoun(tokens[at]) || (IsTransferNoun(tokens[at]) && PassOn().IsMatch(span) && !RemakesOnly(span) && !WorkDoneOn(tokens, at)))) || AdminIssued.IsMatch(span) || OnAdminPaper().IsMatch(span);
    }

    // Verbs that pass an admin paper on redone ("correct the invoice") but make a transfer noun again.
    private static readonly HashSet<string> RemadeNotPassed = new(["redo", "re-do", "amend", "correct"], StringComparer.Ordinal);

    // Whether every passing-on verb of the clause is one that remakes ("redo it"), so only an admin paper is passed on.
    private static bool RemakesOnly(string span) => PassOn().Matches(span) is { Count: > 0 } passes && passes.All(m => RemadeNotPassed.Contains(m.Value));

    // "help us to fill them and send them on": what is named before is worked on, then passed on.
    private static bool WorkedOnBeforePassing(string span) =>
        PassOn().Match(span) is { Success: true } m && WorkVerb().IsMatch(span[..m.Index]);

    // "go through her notes and send us an updated draft": the notes are worked on, not passed on.
    private static bool WorkDoneOn(IReadOnlyList<Token> tokens, int at)
    {
        var before = string.Join(' ', tokens.Take(at).Select(t => t.Word));
        return !PassOn().IsMatch(before) && WorkVerb().IsMatch(before);
    }

    // "Please issue a tax invoice to…", "raise a VAT invoice for…": the verbs that make an admin thing, with one word qualifying it;
    // "my accountant wants a proper receipt": an admin paper someone needs (what it shows: OnAdminPaper).
    private static readonly Regex AdminIssued = KnowledgeFile.Pattern(@"\b(?:issue|reissue|re-issue|raise|make\s+out|address|email|send|split|merge|combine|separate)\s+(?:(?:me|us|a|an|the|all|any|our|my|your|new|another)\s+)*(?:\w+\s+)?(?:invoice|invoices|receipt|receipts|credit\s+note)\b|\b(?:need|needs|want|wants|require|requires)\s+(?:a|an|the|your)\s+(?:[\w-]+\s+){0,2}?(?:invoice|receipt)s?\b");

    private static readonly HashSet<string> AdminDeterminers = new(StringComparer.Ordinal) { "a", "an", "the", "all", "any", "our", "my", "your", "this", "these", "each", "every", "future", "new", "again", "of", "or" };

    private static int NextWordAfterDeterminers(IReadOnlyList<Token> tokens, int at)
    {
        var next = at + 1;
        while (next < tokens.Count && next <= at + 3 && AdminDeterminers.Contains(tokens[next].Word))
        {
            next++;
        }

        return next < tokens.Count && next <= at + 3 ? next : -1;
    }

    // "Could you build the link between the two systems?": an admin thing built or designed is work, not admin. A sort
    // code is a bank's, and "the tax invoice for the program" names what was bought, not a building of it.
    [GeneratedRegex(@"(?<!\b(?:the|a|an|my|our|your|this|that|his|her|their)\s+)\b(?:build|building|design|designing|develop|developing|(?<!\bsort\s)code|coding|program|programming)\b")]
    private static partial Regex BuildsIt();

    private static bool IsAdminNoun(Token t) => IsLogisticsNoun(t) || IsTransferNoun(t);

    // "the emails those invited folks get": a participle ("invited", "confirmed") describes people or work, it is no
    // invite or confirmation asked for.
    private static bool IsLogisticsNoun(Token t) => LogisticsNouns.Contains(t.Key) && !t.Word.EndsWith("ed", StringComparison.Ordinal);

    private static bool IsTransferNoun(Token t) => TransferNouns.Contains(t.Key) && TransferStems.Contains(Stemmer.Stem(t.Word));

    // A stop word is never the admin thing, whatever its stem: "not" is also the stem of "notes".
    /// <summary>Whether the text names an admin thing (an invoice, a receipt, a link): what is asked about it is logistics.</summary>
    public static bool MentionsAdmin(string? text) => Names(text, IsAdminNoun);

    // "…would that be on a separate receipt? If so could you send that one too.": a lead-in that names nothing leaves what is
    // pointed at in the sentence before. Worked out only when the ask points and passes something on.
    private static string? PointedFrom(string? before, string? context) => before is not null && !Names(before, _ => true) ? context : before ?? context;

    private static bool Names(string? text, Func<Token, bool> thing) =>
        text is not null && Tokenizer.Tokenize(text).Any(t => !Lexicon.StopWords.Contains(t.Word) && thing(t));

    private static bool IsStatusQuestion(string folded) => StatusWords.AreAsked(folded);

    // "…where things stand with the fixes he sent you at the end of October": a "you" in what is described addresses no one.
    [GeneratedRegex(@"\b(?:you|u)\b(?<!\b(?:sent|gave|showed|told|emailed|mailed|passed|handed|forwarded)\s+(?:you|u))(?!\s+(?:sent|did|made|took|had|gave|said|wrote|showed|mentioned|promised|received|got|suggested|recommended|found|drafted|prepared)\b)|\byour\b")]
    private static partial Regex AddressesYou();

    private static bool IsArrangement(string span) =>
        !IsAdminObject(span) && !StrongWork().IsMatch(span) && !AndThenMakes().IsMatch(span) && (LogisticsVerbs().IsMatch(WithoutPurpose(span)) || HowISendIt().IsMatch(span) || LookThenTell().IsMatch(span) || InfoOnly().IsMatch(span) || IsTimeSlot(span) || IsMoveBetweenDays(span) || IsInstruction(span) || TellYourPeople().IsMatch(span) || ChoiceOfLook().IsMatch(span) || ChoiceOfPlace().IsMatch(span) || MeetingMode().IsMatch(span) || VisitPlace.MovesToOwnPlace(span) || SomePaperwork().IsMatch(span) || GoAhead().IsMatch(span) || HoldTheDate().IsMatch(span) || AdminForm().IsMatch(span));

    // "Could you hold both of those days for us?", "Put us in the diary for whenever suits you": a date kept for the agreed
    // work; more of it is still asked for ("put another session in the diary"), and so is work said after it ("put us in your
    // diary to come back next autumn and freshen up the colour").
    [GeneratedRegex(@"\b(?:hold|keep|reserve|save|pencil\s+in|block\s+out)\s+(?:both\s+(?:of\s+)?|all\s+(?:of\s+)?)?(?:the|those|these|that|this|both|our|my)\s+(?:two\s+|three\s+)?(?:dates?|days?|slots?|evenings?|mornings?|afternoons?|weekends?)\s*(?:free\s*|open\s*)?(?:for\s+(?:us|me|him|her|them)\b|free\b|open\b|[?.!,]|$)|\b(?:put|pop|get|pencil|book|write)\s+(?:us|me|him|her|them|it|this|that|(?:a|the)\s+date)\s+(?:in|into)\s+(?:the|your)\s+(?:diary|calendar|calender|schedule)(?=\s*(?:[?.!,]|$|(?:please|then|now)\b|for\s+(?:whenever|when|whatever|any|that|then|it|this|(?:a|the)\s+(?:date|day|time)\b)))")]
    private static partial Regex HoldTheDate();

    // "…could you fill in section B of their form - it's just your business name, the dates of service and the amount": a
    // claim form asking only for the provider's details and what was paid is admin, like a receipt.
    [GeneratedRegex(@"\b(?:fill\s+(?:in|out)|complete|sign)\s+(?:[\w'-]+\s+){0,5}?(?:form|claim|paperwork)\b[^.?!]*\b(?:business\s+name|dates?\s+of\s+(?:service|attendance|the\s+(?:lessons?|sessions?|course|classes))|the\s+amount|amount\s+paid|what\s+(?:we|i)\s+paid|provider\s+number|registration\s+number|tax\s+(?:id|number)|vat\s+number|your\s+(?:signature|stamp|details))\b")]
    private static partial Regex AdminForm();

    // "Can you put my name down for the February one?", "Can you pop us down for that one?", "Can you put my name down?",
    // "Could you keep two seats for us at one of your Saturday afternoons?", "Could she come along to one of your Saturday
    // mornings?", "Could you fit the pair of them into one of those teaching weekends of yours?": a place booked in what the
    // provider runs anyway.
    [GeneratedRegex(@"\b(?:put|pop|pencil|write|sign)\s+(?:me|us|him|her|(?:my|our|his|her|their)\s+names?)\s+(?:down|up)\s*(?:(?:in\s+)?for\b|[?.!]|$|please\b)|\b(?:keep|save|hold|reserve|book)\s+(?:a|one|two|three|four|five|\d)\s+(?:seats?|places?|spots?)\s+for\s+(?:us|me|him|her|them)\b|\b(?:(?:come|go)\s+(?:along\s+)?(?:to|on)|join|(?:fit|squeeze|get)\s+(?:[\w'-]+\s+){1,4}?(?:into|onto|on))\s+one\s+of\s+(?:your|those|the)\s+(?!(?:own|other)\b)")]
    private static partial Regex PlaceBooked();

    // "please write email or WhatsApp in these days, not call", "please don't ring me at work", "please write me by email and
    // not on WhatsApp": how to reach the client.
    [GeneratedRegex(@"\b(?:write|email|e-mail|text|message|contact\s+(?:me|us))\b[^.?!]{0,40}\b(?:email|e-mail|whatsapp|text|sms|message|signal)\b[^.?!]{0,30}\bnot\s+(?:by\s+)?(?:call|phone|ring)\b|\b(?:don't|do\s+not)\s+(?:call|ring|phone)\s+(?:me|us)\b|\b(?:write|email|text|message|contact|call|ring|reach)\s+(?:to\s+)?(?:me|us)\s+(?:only\s+)?(?:by|on|via|through|over)\s+(?:e-?mail|mail|phone|telephone|text|sms|whatsapp|signal|telegram|messenger)\b")]
    private static partial Regex HowToReachUs();

    // "…or shall I type it up in a Word document and attach it?", "can I send them straight off my phone as they are?": how
    // the client gets material to the provider, asked.
    [GeneratedRegex(@"^(?:(?:and|so|or)\s+)?(?:shall|should|can|could|do|may)\s+(?:i|we)\s+(?:just\s+)?(?:send|email|e-mail|attach|upload|paste|forward|post|drop\s+off|scan|type\s+(?:it|them|this|that|everything)\s+up)\b[^?]*\?\s*$")]
    private static partial Regex HowISendIt();

    // "Please, you can start on it when you have time": the go-ahead for the agreed work, no more of it.
    [GeneratedRegex(@"^(?:please\s*,?\s*)?(?:you\s+can|feel\s+free\s+to|go\s+ahead\s+and)\s+(?:start|begin|get\s+started|go\s+ahead)(?:\s+(?:on|with)\s+(?:it|them|this|that))?\s*(?:[,.!]|$|when(?:ever)?\s+you\b|now\b|any\s*time\b|as\s+soon\s+as\b)")]
    private static partial Regex GoAhead();

    // "I wonder if you could help me with some paperwork.": admin, said before what it is; paperwork of a kind or for a
    // purpose ("the incorporation paperwork", "the paperwork with the canton") may be a field's work.
    [GeneratedRegex(@"\bhelp\s+(?:me|us)\s+(?:out\s+)?with\s+(?:some|a\s+(?:bit|spot)\s+of|a\s+little|a\s+bit\s+of)\s+(?:admin|paperwork)\s*(?:[.?!]|$)")]
    private static partial Regex SomePaperwork();

    [GeneratedRegex(@"^if\s+(?:you|u)\s+(?:can|could)\b\s*(?:[,.;!-]|$)")]
    private static partial Regex TrailingIfYouCan();

    [GeneratedRegex(@",?\s+or\s+(?:just|simply)\s+")]
    private static partial Regex OrJust();

    [GeneratedRegex(@"\G(?:e-?mail|send|forward|mail|text|give)\s+(?:me|us)\s+")]
    private static partial Regex SentOn();

    [GeneratedRegex(@"^(?:would|could|will)\s+(?:you|u)\s+(?:please\s+)?be\s+(?:(?:so\s+)?(?:kind|good)\s+enough|so\s+(?:kind|good))\s*(?:as\s+)?$")]
    private static partial Regex CourtesyOnly();

    [GeneratedRegex(@"\b(?:(?:i|we)\s+)?(?:don't|dont|do\s+not|am\s+not|'m\s+not|are\s+not|'re\s+not)\s+(?:know|sure)\s+(?:if|whether)\s+(?:this|that|it)(?:'s|\s+is|\s+would\s+be)?\s*$")]
    private static partial Regex NotSureYouDoIt();

    [GeneratedRegex(@"^(?:(?:is\s+there\s+)?(?:any|a)\s+chance\s+(?:that\s+)?(?:you|u)?|(?:would|could|will|wo|can)(?:n't)?\s+(?:you|u)\s+(?:please\s+)?be\s+able|(?:are|were)\s+(?:you|u)\s+able|is\s+it\s+(?:at\s+all\s+)?possible(?:\s+(?:for\s+(?:you|u)|that\s+(?:you|u)))?|do\s+you\s+think)\s*[,]?\s*$")]
    private static partial Regex FrameOnly();

    // "Could you fix it so people can actually pay online?", "can you take this on for us and put it on the same invoice?":
    // what the work is for, or how it is to be billed, is not what is asked for.
    private static string WithoutPurpose(string span)
    {
        var cut = ForWhom().Match(span) is { Success: true, Index: > 0 } purpose ? purpose : BilledWithTheRest().Match(span);
        return cut is { Success: true, Index: > 0 } ? span[..cut.Index] : span;
    }

    [GeneratedRegex(@"\s+and\s+(?:just\s+)?(?:put|add|bill|charge|stick)\s+(?:it|this|that|them|the\s+cost)\s+(?:on|onto|to)\s+(?:the|our|my|your)\s+(?:same|next|usual|monthly|existing|current)\s+(?:invoice|bill|account|tab)\b")]
    private static partial Regex BilledWithTheRest();

    [GeneratedRegex(@"\bso\s+(?:that\s+)?(?:people|customers|clients|guests|users|visitors|everyone|everybody|they|we|i|he|she)\s+(?:can|could|will|would|are\s+able\s+to)\b")]
    private static partial Regex ForWhom();

    // "Could you tell me whether something's torn, and put together what I should do day by day?": told, and then work made.
    [GeneratedRegex(@",?\s+and\s+(?:then\s+|also\s+)?(?:put\s+together|write\s+(?:up|down|out)|draw\s+up|make\s+(?:me|us)\s+a|plan\s+out|work\s+out\s+a)\b")]
    private static partial Regex AndThenMakes();

    // "Can you have a look and let me know if the timings work for you?": the clause ends where the next cue begins; looking
    // over what was sent serves the question after it.
    [GeneratedRegex(@"^(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|just\s+)?(?:have|take)\s+a\s+(?:quick\s+)?look(?:\s+(?:at|over|through)\s+(?:it|this|that|them|these|those))?\s+and\s*$")]
    private static partial Regex LookThenTell();

    // "We'd prefer the sofa in the rust colour rather than the green": a choice between looks of the agreed work, not more of it.
    // "Ivory please, not white": the same choice, said short.
    [GeneratedRegex(@"^(?:(?:and|but|oh)\s+)?[\w-]+\s+(?:please|pls)\s*,?\s*not\s+(?:the\s+)?[\w-]+(?=\s*(?:[,.;!]|$))|\b(?:want|like|have|need)\s+(?:it|them|this|that|those|these)\s+in\s+(?:the|a|an|our|my)\s+(?:[\w-]+\s+){0,3}(?:colou?r|shade|tone|font)\b|\bprefer\b[^.?!]*\b(?:colou?rs?|shades?|finish|fabric|font|tone)\b[^.?!]*\b(?:rather\s+than|instead\s+of|over)\b|\bprefer\b[^.?!]*\b(?:rather\s+than|instead\s+of)\s+(?:the\s+)?(?:red|green|blue|grey|gray|white|black|yellow|pink|gold|silver|matt|matte|gloss|glossy|dark|light|lighter|darker)\b")]
    private static partial Regex ChoiceOfLook();

    // "We'd like it on the left pane, facing the bus stop": where the agreed thing goes is a choice about it, not more of it.
    // The thing may come first: "The pipe down we would like on the left side", "Door please on the side to the house".
    [GeneratedRegex(@"^(?:(?:we|i)(?:'d|\s+would)\s+(?:like|prefer|love)\s+(?:(?:it|them|this|that|these|those)\s+)?|(?:please|pls)\s+)(?:on|in|at|above|below|under|over|next\s+to|beside)\s+the\s+(?:[\w-]+\s+){0,2}?(?:side|wall|pane|window|door|corner|left|right|top|bottom|front|back|middle|centre|center|end)\b")]
    private static partial Regex ChoiceOfPlace();

    // "Same place, in person please", "on Zoom please, I'm away": how an agreed meeting happens, nothing more asked for.
    private const string MeetingWay = @"(?:(?:the\s+)?same\s+(?:place|room|time|venue|spot)|in\s+person|face\s+to\s+face|on\s+(?:zoom|teams|skype|video|the\s+phone)|by\s+(?:phone|video|zoom)|online)";

    [GeneratedRegex(@"^(?:(?:and|but)\s+)?" + MeetingWay + @"(?:\s*,?\s*" + MeetingWay + @")*\s*,?\s*(?:please|pls)\b")]
    private static partial Regex MeetingMode();

    // "Please use the spelling in column A", "please make sure the alarm is set again when you leave", "Same approach please,
    // gentle", "please mention Ben's late dad somehow", "please be kind with it", "Please in the text say that it is only for
    // people on the list": how to do the agreed work, not more of it. "Please copy Dave on anything": who reads the mail.
    // "Please do it like in the list", "Only rope toy please, she ate half the ball": the way of it, or what to leave out;
    // "Please come in through the garden gate": the way in. "The logo please only in black, not in the yellow": the look of it.
    // "The formagella please leave in Italian, is a cheese": a word kept as it is.
    [GeneratedRegex(@"^(?:(?:and|but|so)\s+)?(?:only|no)\s+(?!(?:one|two|three|\d+|another|more|extra|an?\s+(?:extra|more|other))\b)(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,4}\s*,?\s*(?:please|pls)\b|^(?:please|pls|kindly)\s+(?:just\s+)?(?:leave|keep)\s+(?:it\s+|them\s+|that\s+|this\s+)?(?:in|as)\s+(?!(?:the|a|an|my|our|your|his|her|their)\b)[\w-]+\s*(?:[,.;!]|$)|^(?:(?:and|but|so)\s+)?(?:please|pls|kindly)\s+do\s+(?:it|them|this|that|everything)\s+(?:exactly\s+|just\s+)?(?:like|as|the\s+(?:way|same\s+way))\s+(?:in|on|it|we|you|i|before|last|written|described|agreed|listed)\b|^(?:(?:and|but|so)\s+)?(?:please|pls|kindly)\s+(?:just\s+)?(?:come|get|go)\s+in\s+(?:through|by|via|at|from)\s+(?:the|our|my)\b|^(?:(?:and|but|so)\s+)?(?:please|pls|kindly)\s+(?:only|just)\s+(?:in|with)\s+(?:the\s+)?[\w-]+(?=\s*(?:[,.!]|$|\s+(?:not|and|or)\b))|^(?:(?:and|but|so)\s+)?(?:please|pls|kindly)\s+(?:just\s+)?(?:use|follow|stick\s+to|keep\s+to|go\s+with|make\s+sure|ensure|remember\s+to|don't\s+forget\s+to|mention|be\s+(?:kind|gentle|careful)\s+with|(?:in\s+(?:the|it|that|this)\s+(?:[\w-]+\s+)?)?(?:say|state)\s+(?:that|it|it's|there|we|i|our|my)\b)\b|^(?:the\s+)?same\s+(?:approach|way|style|method|treatment|look|finish|care)\s+(?:as\s+(?:before|last\s+time)\s+)?(?:please|pls)\b|^(?:(?:and|but|so)\s+)?(?:please|pls|kindly)\s+(?:also\s+)?(?:copy|cc|bcc)\s+(?:me|us|him|her|them|(?:my|our)\s+[\w'-]+|[a-z]+)\s+(?:in\s+)?(?:on|in)\s+(?:anything|everything|all|any|emails?|this|that|the\s+(?:emails?|thread|chain|replies|correspondence))\b")]
    private static partial Regex Instruction();

    // "Please leave the slider locked when you go", "Park on the road rather than the drive", "lock up", "The car can park on the
    // grass behind the church": how to come and go. "…so please knock gently", "please ring the bell twice", "bring wellies, the
    // field floods": how to get in, and what to wear there.
    [GeneratedRegex(@"^(?:(?:please|pls|kindly|and|but|so)\s+)?(?:just\s+)?(?:knock\s+(?:(?:very\s+|really\s+|quite\s+)?(?:gently|softly|quietly|hard|loud|loudly|strong|strongly|twice|two\s+times|three\s+times)\b|(?:on|at)\s+(?:the|our|my)\b)|ring\s+(?:the\s+)?(?:door\s*)?bell\b|(?:bring|wear|pack)\s+(?:your\s+|some\s+|a\s+pair\s+of\s+)?(?:wellies|wellingtons|wellington\s+boots|rubber\s+boots|gumboots|waterproofs|boots|walking\s+boots|warm\s+clothes|a\s+(?:warm\s+)?(?:coat|jumper|jacket|torch|flashlight))\b|(?:leave|keep)\s+(?:the|our|my|it|them)\b[^.?!]{0,40}?\b(?:locked|unlocked|open|closed|shut)\b|lock\s+up\b|park\s+(?:on|in|at|outside|behind|round|near|by|up)\b)|^(?:(?:and|but|so)\s+)?(?:(?:you|they|(?:the|your)\s+(?:[\w-]+\s+)?(?:car|cars|van|vans|truck|trucks|lorry|vehicle|vehicles))\s+)?(?:can|could|should|may|must)\s+(?:be\s+)?park(?:ed)?\s+(?:on|in|at|outside|behind|round|near|by|up)\b")]
    private static partial Regex ComingAndGoing();

    private static bool IsInstruction(string span) => Instruction().IsMatch(span) || ComingAndGoing().IsMatch(span);

    // "Can we move the recording from Thursday 26 to Monday 30 November?": whatever is moved, a move from one day to another is scheduling.
    private static bool IsMoveBetweenDays(string span) =>
        (MoveFromTo().Match(span) is { Success: true } m && DayOrTime.IsIn(m.Groups["from"].Value) && DayOrTime.IsIn(m.Groups["to"].Value)) ||
        (MoveToInstead().Match(span) is { Success: true } instead && DayOrTime.IsIn(instead.Groups["to"].Value)) ||
        (ComeOnInstead().Match(span) is { Success: true } other && DayOrTime.IsIn(other.Groups["to"].Value)) ||
        (AtInsteadOf().Match(span) is { Success: true } at && DayOrTime.IsIn(at.Groups["to"].Value) && (DayOrTime.IsIn(at.Groups["from"].Value) || PartOfDay().IsMatch(at.Groups["from"].Value))) ||
        MoveToADay().IsMatch(span);

    // "Can you move your part of the evening over to the 18th?", "Could we push me back one week, to Saturday the 21st?",
    // "…push our stop-start run to Monday 30th instead?": whatever is moved, to a day.
    [GeneratedRegex(@"\b(?:move|moving|shift|shifting|push|bump|slide|sliding)\s+(?:[\w'-]+,?\s+){0,8}?(?:over\s+|back\s+|forward\s+)?to\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)?|(?:this\s+|next\s+|following\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+after|\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)?|tomorrow|next\s+(?:week|month))(?!\s*(?:page|floor|row|column|line|slide|paragraph|section|chapter|room|place|position|spot)\b)(?=\s*(?:[?.!,;]|$|\s(?:instead|if|and|or|please|as|at|in|for|same)\b))")]
    private static partial Regex MoveToADay();

    // "Any chance we can shift Kowhai's feet to Monday the 30th instead?": "instead" says a day was agreed already.
    [GeneratedRegex(@"\b(?:move|moving|shift|shifting|push|bump|swap|change)\s+(?:[\w']+\s+){0,4}?to\s+(?<to>[^.?!,]{1,50}?)\s+instead\b")]
    private static partial Regex MoveToInstead();

    // "Could your team come Wednesday 25th or Thursday 26th instead?", "Could we do the following Tuesday, the 17th, instead?",
    // "Could the fitting be on Monday instead?", "Any chance we can do it Friday arvo instead?": another day for the agreed visit.
    [GeneratedRegex(@"\b(?:come|start|begin|arrive|turn\s+up|be\s+here|be\s+there|be|make\s+it|(?<=\b(?:we|i)\s(?:(?:can|could)\s)?)do)\s+(?:on\s+|over\s+|round\s+|out\s+|at\s+)?(?<to>[^.?!]{1,40}?),?\s+instead\b")]
    private static partial Regex ComeOnInstead();

    // "Can your driver bring him home at 5:30 instead of the morning?": one time for another is a move, whatever is moved.
    [GeneratedRegex(@"\b(?:at|on)\s+(?<to>[^.?!,]{1,20}?)\s+instead\s+of\s+(?<from>[^.?!,]{1,25})")]
    private static partial Regex AtInsteadOf();

    [GeneratedRegex(@"^(?:the\s+|that\s+|this\s+)?(?:morning|afternoon|evening|lunchtime|night)\b")]
    private static partial Regex PartOfDay();

    [GeneratedRegex(@"\b(?:move|moving|shift|push|change|swap)\s+(?:\w+\s+){0,4}?from\s+(?<from>[^.?!]{1,30}?)\s+to\s+(?<to>[^.?!]{1,30})")]
    private static partial Regex MoveFromTo();

    /// <summary>
    /// "Could we do Thursday 3 December at 14:00 on Teams?", "could you come on Tuesday instead, at the usual time?": a
    /// day or time and nothing else asked for books or moves what is already agreed. "Thursday as well" asks for more.
    /// </summary>
    private static bool IsTimeSlot(string span) =>
        DayOrTime.IsIn(span) && !MoreOrADeadline().IsMatch(span) && !LooksInto().IsMatch(span) &&
        !Tokenizer.Tokenize(WhoComes().Replace(WhyThatTime().Replace(span, string.Empty), string.Empty)).Any(t => ObjectWords.IsConcrete(t) && !Lexicon.Activities.Contains(t.Key) && !SlotWord().IsMatch(t.Word));

    [GeneratedRegex(@"^(?:so\s+|and\s+|but\s+|ideally\s+)?(?:i'd|i\s+would|we'd|we\s+would|i|we)\s+(?:really\s+)?(?:like|love|need|prefer|want)\s+(?:(?:to\s+(?:have|get)\s+)?(?:it|them|this|that|everything|both|all\s+of\s+it)\s+(?:to\s+be\s+)?(?:done|finished|ready|back|completed|sorted|on\s+file|in\s+hand|in\s+(?:the|my|our)\s+[\w-]+)\s+|to\s+(?:have|get)\s+(?:it|them|this|that|everything|both|all\s+of\s+it)\s+(?:back\s+)?)(?:before|by|in\s+time\s+for|ahead\s+of)\b[^,;?]*?(?:,\s*(?:maybe|perhaps|ideally|say|but\s+no\s+(?:panic|rush|hurry|stress|pressure))\b[^,;]*?)?[.!?]?$|^(?:it|that)(?:'d|\s+would)\s+be\s+(?:\w+\s+)?(?:great|good|nice|ideal|perfect|lovely|helpful|handy)\s+to\s+(?:have|get)\s+(?:it|them|this|that|everything|both|all\s+of\s+it)\s+(?:back\s+)?(?:(?:before|by|in\s+time\s+for|ahead\s+of)\s+|for\s+(?:the\s+)?(?:start|end|beginning|middle|launch|opening|weekend|holidays|new\s+year|christmas|easter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)[^,;?]*?[.!?]?$")]
    private static partial Regex WantedDoneBy();

    // "Could you take a look on Thursday while you're here?" after a fault is described: looking into it is the work asked,
    // the day only says when.
    // "Is that something you could make for the 12th?" after a described piece: making it is the work asked.
    [GeneratedRegex(@"\b(?:take|have)\s+a\s+(?:quick\s+|proper\s+)?look\b|\blook\s+(?:at|into|after)\b|\b(?:check|inspect|examine|diagnose|fix|repair|mend)\s+(?:it|them|this|that|these|those)\b|^(?:something|anything)\s+(?:you|your\s+\w+)\s+(?:could|can|would|might)\s+(?:make|build|create|design|produce|put\s+together)\b")]
    private static partial Regex LooksInto();

    // "…on a Monday afternoon, when the shops are quiet?": why that time suits, not what is asked for.
    [GeneratedRegex(@",\s*(?:when|while|as|because|since)\b[^?.!]*")]
    private static partial Regex WhyThatTime();

    // "could Maria come on Friday 27th instead": who comes is no thing asked for.
    [GeneratedRegex(@"^(?:can|could|would|will)\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[a-z]+(?=\s+(?:come|pop|be|do\s+it|make\s+it)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhoComes();

    // More than the agreed slot, or a deadline ("have it finished by Friday 4 December"): not a time slot. "Swing by" is a
    // visit and "before 7am" a time of day, neither a deadline.
    [GeneratedRegex(@"\b(?:also|too|as\s+well|another|extra|additional|second(?!\s+half\b)|more|again|finished|done|ready|delivered|completed?)\b|\b(?<!\b(?:swing|drop|stop|come|pass)\s)(?:by|before|until|till)\b(?!\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\s+(?:noon|midday)\b)")]
    private static partial Regex MoreOrADeadline();

    // Words of a time slot, of where a meeting happens and of calling by ("swing by after 3pm") or aiming for one ("aim for
    // around 11"), which name no thing asked for.
    [GeneratedRegex(@"^(?:\d+(?:st|nd|rd|th|am|pm|h)?|am|pm|noon|midday|o'clock|usual|instead|teams|zoom|skype|phone|video|facetime|whatsapp|online|meet|google|call|slot|early|mid|late|half|first|second|hour|minutes?|chat|come|swing|drop|stop|visit|round|over|easiest|easier|best|better|suits?|works?|lock|pencil|same|time|week|day|thing|morning|afternoon|swap|switch|move|shift|collect|pick|off|ye|aim)$")]
    private static partial Regex SlotWord();

    private static bool IsWorkAsk(string cueKind, string span, string sentence, string? context)
    {
        // "Can I come to you for one more hour?" asks leave to have more: that is work asked for, not leave.
        // "Can I come out with you for a whole day?" asks for time with the provider: a session, not leave.
        if ((Permission().IsMatch(span) && !RepeatCue.IsIn(span) && !MoreOf().IsMatch(span) && !AndYouDo().IsMatch(span) && !TimeWithYou().IsMatch(span)) || OwnCuriosity().IsMatch(span) || TakeCare().IsMatch(span) || HowItHoldsUp.IsMatch(span) || SmallTalk.IsIn(span))
        {
            return false;
        }

        // "I'd like it done before my sister arrives", "I would like to have it before Christmas, maybe on Tuesday 15 December?":
        // when the work already asked for should be done, not more of it. A
        // faster turnaround than agreed is still asked (VerdictRules reads the whole sentence for it).
        if (WantedDoneBy().IsMatch(span) && !SoonerThanAgreed.IsIn(span))
        {
            return false;
        }

        // A clause that asks for a thing ("it would be great if the site also had a blog") is work even
        // without a work verb; one that names nothing concrete ("can you let me know?") is not, unless
        // it points back ("is that something you can do?") at a thing named just before.
        // "Is redoing the website something you could take on?": the thing comes before the cue.
        if (SomethingYouCould().IsMatch(span) && context is not null && ObjectWords.HasConcreteObject(context))
        {
            return true;
        }

        // "Could the two of us come in and see you for an hour, the way we did that time?": a visit like the last one is one
        // more session asked for.
        return WorkVerb().IsMatch(span) || MoreOf().IsMatch(span) || ObjectWords.HasConcreteObject(span) || (ComeToSeeYou().IsMatch(span) && RepeatCue.IsIn(span)) ||
               (cueKind != "please" && context is not null && Pointing.IsIn(sentence) && ObjectWords.HasConcreteObject(context));
    }

    // Resend, reissue, reactivate: what was delivered, again (Knowledge/redelivery.txt).
    private static readonly Regex Redelivery = KnowledgeFile.Pattern("{redelivery}");

    // Always admin when they are what the clause asks for.
    private static readonly HashSet<string> LogisticsNouns = Keys(KnowledgeFile.Lines("logistics-nouns.txt"));

    // Admin things that also stop working: fixing one is a repair, not a change to an admin paper.
    private static readonly HashSet<string> ThingsThatBreak = Keys(KnowledgeFile.Lines("things-that-break.txt"));

    // Admin when asked to be passed on ("send me the recording"), work when asked to be made.
    private static readonly HashSet<string> TransferNouns = Keys(KnowledgeFile.Lines("transfer-nouns.txt"));

    // The words themselves, not their synonyms: "copy" (a duplicate) is passed on, "text" (its synonym as writing) is work.
    private static readonly HashSet<string> TransferStems = new(KnowledgeFile.Lines("transfer-nouns.txt").Select(Stemmer.Stem), StringComparer.Ordinal);

    private static HashSet<string> Keys(IEnumerable<string> words) =>
        new(words.Select(Lexicon.KeyOf), StringComparer.Ordinal);

    /// <summary>How many units the ask wants ("two more sessions" → 2); 1 when not said.</summary>
    private static int QuantityOf(string span)
    {
        var m = Count().Match(span);
        if (!m.Success)
        {
            m = CountPointing().Match(span);
            if (!m.Success)
            {
                return 1;
            }
        }

        var word = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
        return word switch
        {
            "two" or "2" or "a couple of" or "a couple" or "couple of" or "a pair of" or "both" => 2,
            "three" or "3" or "a few" => 3,
            "four" or "4" => 4,
            "five" or "5" => 5,
            "six" or "6" => 6,
            _ => 1,
        };
    }

    [GeneratedRegex(@"\b(two|three|four|five|six|[2-6]|a couple of|a couple|couple of|a few|a pair of)\s+(?:more|extra|additional|further|new|bonus)\b")]
    private static partial Regex Count();

    // "these three", "all four", "both": how many of the things just named. "The wording on those two" is where the
    // change goes, not how many are asked for.
    [GeneratedRegex(@"(?<!\b(?:on|in|about|within|inside)\s+)\b(?:these|those|the|all|the\s+other)\s+(two|three|four|five|six|[2-6])\b(?!\s+of\s+(?:us|you|them)\b)|\b(both)\b(?!\s+of\s+(?:us|you|them)\b)")]
    private static partial Regex CountPointing();

    // "I know X isn't included — I'll handle it", "no need to…", "don't worry about…"; "please say a big thank you to the crew";
    // "tell me if you need other photos, from the garden side also" offers more material.
    [GeneratedRegex(@"\b(?:i|we)\s+know\b.{0,80}\b(?:isn't|is\s+not|wasn't|aren't|not)\s+(?:included|part|covered|in\s+(?:the|my|our)|within|something\s+you)(?!.*\b(?:but|though|however|still)\b.*\b(?:could|can|would|please)\b)|\b(?:i'll|i\s+will|we'll|we\s+will|i'm\s+going\s+to|i\s+can)\s+(?:just\s+)?(?:handle|do|sort|take\s+care\s+of|manage|figure|deal\s+with)\s+(?:(?:it|that|this|those|them)\s*(?:myself|ourselves|on\s+my\s+own|out)?|myself|ourselves)\b|\bno\s+need\s+(?:to|for)\b|\bdon't\s+(?:worry|bother)\b|\b(?:you\s+)?(?:don't|do\s+not)\s+(?:need|have)\s+to\b|\bnot\s+(?:asking|expecting)\s+(?:you|for)\b|\bi'm\s+not\s+asking\b|\bno\s+action\s+(?:needed|required)\b|\bjust\s+(?:fyi|so\s+you\s+know|letting\s+you\s+know|a\s+heads\s+up)\b|\bnot\s+a\s+request\b|\b(?:i|we)(?:'ll|\s+will)\s+(?:write(?:\s+to)?|email|contact|get\s+in\s+touch\s+with|be\s+in\s+touch\s+with)\s+you\b[^.?!]*\bif\s+(?:we|i)\s+need\b|\b(?:can't|cannot|can\s+not)\s+wait\s+(?:to\s+(?:see|hear|meet|read|try|show|start|get\s+started|share|watch|taste|celebrate)\b|for\s+the\s+big\s+day\b|[!.]|$)|\b(?:i|we)(?:'d|\s+would)\s+(?:like|love|want)\s+to\s+(?!(?:have|get|see|ask)\b)(?:[\w']+\s+){1,7}(?:myself|ourselves)\s*[.!]?$|\blet's\s+(?:leave|skip|drop|park|hold\s+off|forget|not|revisit|wait|circle\s+back|pick\s+(?:it|this|that)\s+up\s+(?:again|later|then|in|after|next))\b|\b(?:never\s+mind|nevermind|forget\s+(?:about\s+)?(?:it|that|the))\b|\bnothing\s+(?:needed|required)\s+from\s+you\b|\bnothing\s+(?:(?:for\s+you\s+)?to\s+do|needed|required)\s+(?:from|on|for)\s+(?:you|your\s+(?:side|end|part))\b|\b(?:say|pass\s+on|give)\s+(?:a\s+)?(?:big\s+|huge\s+|special\s+|massive\s+)?(?:my\s+|our\s+)?(?:thanks|thank\s+you|thank-you|gratitude)\s+to\b|\bpass\s+(?:my|our)\s+(?:thanks|gratitude)\s+on\b|^(?:and\s+|just\s+|please\s+)?(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?if\s+you\s+(?:need|want|would\s+like|'d\s+like)\s+(?:any\s+)?(?:other|more|further|extra|additional|anything\s+else|something\s+else)\b(?:\s+[\w-]+){0,2}\s*(?:,[^?]*)?[.!]?\s*$")]
    private static partial Regex Disclaims();

    // Paying is admin when it is the provider who is paid ("I've paid the invoice", "have you been paid?"); "so she's
    // paid with everyone else" or "what is paid and what is still open" is the client's own money, and may be the work.
    // "Please call me when you arrive", "give me a ring if easier" is how to reach the client, not work ("give us a ring
    // Thursday night for 20 minutes" books a call). "Can we push our Thursday to the
    // week after?": a weekday that is ours is the appointment on it. "They've pushed us from 2:00 to 3:30. Could you move
    // with us?": the booking follows the client's new time. "Sign in at the main office": where to go on arrival. "Do the
    // full works for me" is all of the work, not a time that works; "push it through" hurries the work, no date moved.
    // "Please drive round to the staff car park behind the laundry": the way in on arrival.
    private static readonly Regex LogisticsPattern = KnowledgeFile.Pattern(@"\b(?:re-?schedul\w*|postpon\w*|cancel\w*|(?:push|move|shift|slide|bump)\s+(?:back\b(?!\s+(?:on|against|before|if|or)\b)|(?:it|this|that)\b(?!\s+\w+\s+{movable-things})(?!\s+(?:across|along|sideways|closer|higher|lower|through|(?:to\s+the\s+)?(?:left|right))\b)|(?:our|the|my|tomorrow's|today's|next|this|\w+day's)\s+(?:\w+\s+)?{appointments}|(?:tomorrow|today|\w+day)\b|(?:our|my|this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|(?:you|us|me)\s+(?:back\s+)?(?:to|till|until)\s+(?:\w+day|tomorrow|next\s+(?:week|month|\w+day)|later|earlier|\d))|(?:push|move|shift|slide|bump)\s+(?:the|our|both|those|these|my)\s+(?:(?:two|three|four|\d+)\s+)?(?:[\w-]+\s+)?(?:days?|dates?)\s+(?:back\s+)?(?:to|till|until)\b|bring\s+(?:it|our|the)\s+forward|\b(?:ring|call|phone|text)\s+(?:me\s+|us\s+)?(?:on\s+)?(?:the|my|our)\s+(?:\w+\s+)?(?:line|number|mobile|landline|cell)\b|\b(?:ring|call|phone|text|buzz|message)\s+(?:me|us)\s+(?:when|once|as\s+soon\s+as)\s+(?:you(?:'re|\s+are)?|you've)\s+(?:arrive|arrived|get\s+(?:here|there|close)|here|there|outside|downstairs|nearby|close|parked|on\s+(?:the|your)\s+way)\b|\b(?:can|could|shall|should|let's|let\s+us|please)\s+(?:we\s+|you\s+)?(?:lock|pencil)\s+(?:it|that|this|them)\s+in\b|\b(?:can|could|shall|should)\s+we\s+(?:fix|pencil|lock)\s+(?:it|that|this|them)\s+(?:in\s+)?(?:for|on)\b|\b(?:lock|pencil)\s+(?:us\s+|me\s+|it\s+)?in\s+(?:for\s+)?(?:(?:this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bmake\s+it\s+(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|(?:(?:this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|^(?:would|will|do|does|could|can|should)\s+(?:you|your\s+[\w']+|they|he|she)\s+(?:\w+\s+)?(?:arrive|turn\s+up|show\s+up|get\s+(?:here|there))\b(?!\s+(?:earlier|early|sooner|before)\b)|(?:move|shift|push|switch|change)\s+(?:our|my|the|this|that)\s+(?:[\w':]+\s+){1,7}?to\s+(?:(?:this|next|the\s+following)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|(?:next|the\s+following|the\s+next)\s+(?:week|month))\b|(?:move|switch|change)\s+(?:it\s+|that\s+|this\s+)?to\s+(?:(?:this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|swap\s+(?:our|the)\s+(?:call|session|meeting|time|day|slot)|(?:move|shift|push|switch|change)\s+(?:you|us|it|that|things|everything|the\s+times?)\s+(?:back\s+|forward\s+|along\s+|over\s+)?to\s+(?:match|fit|suit)\b|(?:swap|switch|move|transfer)\s+(?:me\s+|us\s+|myself\s+|ourselves\s+|over\s+)?(?:in)?to\s+(?:the|a|an|another|your)\s+(?:[\w'-]+\s+){0,3}?(?:{appointments}|group)s?\b|change\s+(?:the|our)\s+(?:time|date|day)|(?:fix|arrange|agree|find|sort\s+out|set\s+up|pick|put|set|choose|settle\s+on)\s+(?:a|the|another|a\s+new)\s+(?:time|date|day|slot)\b|\bgive\s+(?:me|us)\s+a\s+(?:quick\s+)?(?:ring|call|bell|buzz|shout|tinkle)\s*(?:,\s*)?(?:if|when|whenever|once|should|any\s*time|on\s+\+?\d|[.!]|$)|running\s+late|\b(?:sign|check|report)\s+in\s+(?:at|with)\s+(?:the\s+)?(?:main\s+|front\s+|school\s+|site\s+)?(?:office|reception|desk|gate|gatehouse|security|cabin)\b|\b(?:drive|come|walk|pull|head|go|pop)\s+(?:(?:round|around|through|in|up|down|straight)\s+)?(?:to|into|in\s+at)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:car\s*park|parking(?:\s+(?:lot|area|bay))?|(?:side|back|rear|staff|service|goods|main|front)\s+(?:door|entrance|gate)|loading\s+bay)\b|\b(?:nothing|not|no\s+(?:earlier|later))\s+(?:before|after|than)\s+\d|\b(?:propose|suggest)\s+(?:me\s+|us\s+)?(?:an?\s+)?(?:other|another|new|different|alternative)\s+(?:one|day|date|time|slot|days|dates|times)\b|be\s+late|confirm\w*|make\s+(?:it|them|this|that|the\s+\w+)\s+out\s+to\b|(?:be|is|are)\s+addressed\s+to\b|let\s+(?:me|us)\s+know|lmk|(?:need|needs)\s+to\s+know\s+(?:if|whether|when|where|what\s+time|which\s+(?:day|time|door|entrance|address))\b|get\s+back\s+to\s+me|your\s+thoughts|(?:like|love|want|value|appreciate)\s+your\s+(?:opinion|views?|take|say)\b|what\s+time|which\s+(?:time|day)|(?:one|either)\s+of\s+(?:these|those|the|them|both)\s+(?:days|dates|times|slots|mornings|afternoons|evenings)|\bat\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s+(?:rather\s+than|instead\s+of)\s+(?:at\s+)?\d{1,2}\b|time\s+works|(?<!\b(?:the|full|whole)\s+)works\s+(?:for|best)|(?:are|is)\s+(?:you|it)\s+(?:available|open|free)\b|availability|pay\s+(?:by|with|you|the|in|it|this|that|them|inside|online|upfront|up\s+front|now|later|early|before|on\s+(?:the|\d))\b|\b(?:or\s+(?:in\s+)?|have\s+|bring\s+)cash\b|(?:by|via)\s+(?:debit\s+|credit\s+)?card\b|by\s+(?:bank\s+transfer|cash|cheque|direct\s+debit|standing\s+order|paypal)\b|\b(?:i|we|i've|we've)\s+(?:have\s+|had\s+|already\s+|just\s+|now\s+)*paid\b|\bpaid\s+(?:you|your|the\s+(?:invoice|bill|deposit|balance|fee)|in\s+full|up)\b|\b(?:have|has)\s+(?:you|it|this|that)\s+been\s+paid\b|\b(?:you|you've)\s+(?:been|got|get)\s+paid\b|^(?:can|could|would|will)\s+(?:you|u)\s+(?:(?:please|also|still)\s+)?(?:move|shift)\s+with\s+(?:us|me|them)\s*[?.!]*\s*$)");

    private static Regex LogisticsVerbs() => LogisticsPattern;

    // The client asks leave for their own action, not work from the provider; "I'd like to give the front desks a one-line
    // answer", "I'd love to give them a rough date", "is it alright to put my moisturiser on", "would you rather I turned up bare-faced?",
    // "I'd like to be there when he walks the property", "I'd like to be able to say it's all in hand", "I would love to get into
    // the surf", "can I still do the cat-cow exercise from your sheet today or better I rest?" are the client's own steps.
    [GeneratedRegex(@"\b(?:mind|ok|okay|alright|fine|a\s+problem)\s+if\s+(?:we|i)\b|\b(?:can|could|may)\s+(?:we|i)\s+(?:share|post|use|tag|print|publish|forward|show|send\s+you|bring|invite|pay|come|visit|call\s+you|ask|keep|leave|store|wear|stay|park|play|eat|drink|smoke|plug)\b|^(?:i|we)(?:'d|\s+would)\s+(?:like|love|want)\s+to\s+(?:share|post|publish|print|upload|frame|hang|show|read|digest|mull\s+over|sleep\s+on|think\s+(?:about|over))\s+(?:it|them|this|that|these|those)\b|^(?:i|we)(?:'d|\s+would)\s+(?:really\s+|just\s+|much\s+)?(?:like|love|want|prefer)\s+to\s+be\s+(?:there|here|present|home|at\s+home|around|in)\s+(?:when|while|for)\b|^(?:i|we)(?:'d|\s+would)\s+(?:really\s+|so\s+)?(?:like|love)\s+to\s+(?:(?:go|get)\s+(?:in(?:to)?\s+the\s+(?:water|sea|surf|pool|lake|waves)|swimming|surfing|skiing|dancing|hiking|on\s+holiday|away)|swim|surf|ski|sunbathe|travel|relax|unwind)\b(?![^.?!]*\b(?:you|your)\b)|\b(?:can|could|may)\s+(?:we|i)\s+(?:hold\s+out|wait|decide|think\s+(?:about|it\s+over)|take\s+(?:our|my)\s+time)\b|\b(?:can|could|may)\s+(?:i|we)\s+(?:still\s+|already\s+|now\s+)?(?:do|keep\s+(?:on\s+)?doing|carry\s+on|continue|go\s+on|use|wear|eat|train|run|swim|play|walk|exercise|practi[cs]e)\b(?=[^?]*\bor\s+(?:(?:is\s+it\s+)?better|should\s+(?:i|we)|do\s+(?:i|we)|must\s+(?:i|we)|(?:i|we)\s+(?:rest|wait|stop|skip)))|^(?:i|we)(?:'d|\s+would)\s+(?:like|love|want)\s+to\s+(?:be\s+able\s+to\s+)?(?:give|tell|send|reply\s+to|explain\s+to)\s+(?:the|my|our|them|him|her|people|everyone|all)\b[^.?!]*\b(?:answer|reply|response|explanation|something\s+(?:better|more|firmer|concrete)|news|(?:rough\s+|firm\s+)?date|timeline|time\s*frame|estimate|update)\b|^(?:i|we)(?:'d|\s+would)\s+(?:like|love|want)\s+to\s+let\s+(?:the|my|our|them|him|her|people|everyone|all)\b[^.?!]*\bknow\b|\bis\s+it\s+(?:ok|okay|alright|all\s+right|fine|safe|better)\s+(?:for\s+(?:me|us)\s+)?(?:if\s+(?:i|we)\s+|to\s+(?!(?:ask|have|get|book|add|send)\b))|\bwould\s+you\s+(?:rather|prefer)\s+(?:that\s+)?(?:i|we)\s+(?!(?:book|pay|add|order|buy)\b)|\b(?:i|we)(?:'d|\s+would)\s+(?:like|love|want)\s+to\s+be\s+able\s+to\s+(?:say|report|reassure|tell\s+(?:them|him|her|people|everyone|the\s+\w+))\b")]
    private static partial Regex Permission();

    [GeneratedRegex(@"\b(?:can|could|may)\s+(?:i|we|the\s+two\s+of\s+us|both\s+of\s+us|(?:he|she|[a-z]+)\s+and\s+(?:i|me))\s+(?:\w+\s+)?(?:come|pop|drop|visit|see\s+you|meet\s+you)\b")]
    private static partial Regex ComeToSeeYou();

    // "can i come along with the saturday 9am group on the 14th??": a place in a group the provider runs, asked for.
    [GeneratedRegex(@"\b(?:come|go|head)\s+(?:out\s+|along\s+)?with\s+you\b[^.?!]*?\bfor\s+(?:a|an|one|two|three|the)\s+(?:whole\s+|full\s+|half\s+|couple\s+of\s+)?(?:day|days|hour|hours|morning|afternoon|evening|session|lesson|week)\b|\b(?:come|go|tag)\s+along\s+(?:with|to)\s+(?:the|your)\s+(?:[\w'-]+\s+){0,3}?(?:group|class|session|lesson|squad|workshop|camp)\b")]
    private static partial Regex TimeWithYou();

    // "Would it be ok if I drop a jar of the water in and you put it through your kit?": leave for the client's step, and
    // work asked of the provider after it.
    // "Could I bring them by one morning and have them go through your kiln?": the client's step, then the provider's work on it.
    [GeneratedRegex(@"\b(?:and|then)\s+(?:you|u|your\s+\w+)\s+(?:could\s+|can\s+|would\s+|will\s+)?(?!(?:know|think|see|say|tell\s+me\s+if|are|were|have|had|do|did|don't|can't)\b)[a-z]{3,}\b|\b(?:and|then)\s+(?:have|get)\s+(?:it|them|these|those|this|that)\s+(?:go\s+through|put\s+through|done|made|cut|sewn|mended|seen\s+to|(?!(?:back|returned|collected|picked|delivered|posted|sent)\b)[a-z]{3,}ed\b)")]
    private static partial Regex AndYouDo();

    // "Can they go in the dishwasher?", "will it survive the frost?": how a thing behaves once it is the client's, a question
    // support answers (Knowledge/how-things-hold-up.txt).
    private static readonly Regex HowItHoldsUp = KnowledgeFile.Pattern(@"^(?:and\s+|also\s+)?(?:can|could|will|would|do|does|should|is\s+it\s+(?:ok|okay|safe|fine)\s+(?:if|for))\s+(?:they|it|these|those|this|that|mine|the\s+[\w-]+|my\s+[\w-]+|our\s+[\w-]+)\s+(?:still\s+|safely\s+|really\s+)?(?:{how-things-hold-up})\b");

    // "Want to see if the last 3 months paid off": what the client wants to find out, with nothing asked of the provider;
    // "…so we'd love to show her": what the client wants to do with it.
    [GeneratedRegex(@"^(?:i\s+|we\s+|i'd\s+|we'd\s+)?(?:want|wanted|would\s+like|like|am\s+keen|i'm\s+keen)\s+to\s+(?:see|find\s+out|check|understand)\s+(?:if|whether|how|what)\b(?![^.?!]*\b(?:you|your)\b)|^(?:so\s+|and\s+)?(?:i|we)(?:'d|\s+would)\s+(?:really\s+|just\s+|so\s+)?(?:love|like)\s+to\s+(?:show|surprise|treat)\s+(?:her|him|them|my|our|his|their)\b(?![^.?!]*\b(?:you|your)\b)")]
    private static partial Regex OwnCuriosity();

    // "Please keep clear of Dock A at 2pm, linen is coming in": where not to be on the day; "please keep this between us for
    // now", "please keep secret haha", "keep it a secret", a secret kept.
    // "Please be careful about this point", "please pay attention there", "so please not so heavy", "please the truck not go
    // over it", "pls don't tell him": how to do the work already asked for, or what not to do, never more work. "Let's keep the night as it is!", "so please leave everything as it is", "please keep the order like this": no change asked; "please close always the gate" is how to be on the site.
    [GeneratedRegex(@"^(?:please|pls|kindly)\s+(?:not|nothing)\s+(?:too|so|very|overly)\s+[\w-]+\s*[.!]?\s*$|^(?:please|pls|kindly)(?:\s+(?:please|pls))*\s+(?:the\s+[\w-]+\s+|you\s+|they\s+|he\s+|she\s+|your\s+[\w-]+\s+)?(?:not|don't|dont|do\s+not|never)\b|^please\s+(?:be\s+(?:very\s+|extra\s+|really\s+)?(?:careful|aware|mindful|gentle|patient)|pay\s+(?:extra\s+|special\s+|particular\s+|close\s+)?at+ention|focus\s+(?:on|there)|concentrate\s+(?:on|there))\b|^(?:let's|let\s+us|we'll|we\s+will)\s+(?:just\s+)?(?:keep|leave|stick\s+with)\b[^.?!]*\b(?:as\s+(?:it\s+is|they\s+are|is|planned|agreed|booked)|the\s+same|unchanged)\b|^(?:so\s+|then\s+)?(?:please\s+|pls\s+)?(?:just\s+)?(?:keep|leave)\s+(?:everything|it|things|all|them)\s+as\s+(?:it\s+is|they\s+are|is|planned|agreed|booked)\b|^(?:please\s+)?keep\s+(?:the|this|that|their|its|my|our)\s+(?:[\w-]+\s+){0,2}?(?:order|sequence|names?|labels?|dates?|numbering|arrangement)\s+(?:like\s+(?:this|that|it\s+is|they\s+are)|as\s+(?:it\s+is|they\s+are|is|written))\b|^(?:please\s+|pls\s+|kindly\s+|but\s+|and\s+)*keep\s+(?:(?:this|it|that|all\s+this|the\s+\w+)\s+)?(?:a\s+)?(?:(?:just\s+)?between\s+(?:us|ourselves|you\s+and\s+(?:me|us|i))|quiet|secret|(?:to\s+)?yourself|under\s+wraps|confidential|hush(?:-hush)?)\b|^(?:please|pls|kindly)\s+(?:(?:do\s+)?(?:keep|stay)\s+(?:well\s+)?(?:clear|away)\s+(?:of|from)\b|(?:always\s+)?(?:close|shut|lock)\s+(?:always\s+)?(?:the|our|my)\s+(?:front\s+|back\s+|garden\s+|side\s+)?(?:gate|door)s?\b(?:\s+(?:behind\s+you|after\s+you|when\s+you\s+(?:leave|go)|always))?\s*[.!]?\s*$)")]
    private static partial Regex TakeCare();

    [GeneratedRegex(@"\bif\s+(?:you|u)\s+(?:ever\s+|still\s+)?(?:need|want|have)\s+to\s+[^.?!]*[,;]\s*$|\bif\s+(?:you|u)\s+(?:ever\s+|still\s+)?need\s+(?:me|us|anything|something|to)\b[^.?!]*[,;]\s*$")]
    private static partial Regex IfYouNeedUs();

    [GeneratedRegex(@"^(?:please\s+|pls\s+|just\s+|then\s+)*(?:go|come|head|call|ring|phone|text|e-?mail|message|knock|contact|find|reach|ask\s+for|use\s+the)\b")]
    private static partial Regex WhereToFindUs();

    [GeneratedRegex(@"^if\s+(?:you|u)\s+(?:get|have|find)\s+(?:a\s+)?(?:chance|moment|minute|sec|second|spare\s+minute|time)\b[\s,.!-]*(?:(?:but\s+)?(?:no|not\s+a|without)\s+(?:pressure|rush|worries|hurry)\b)?[\s,.!)]*(?:thanks?|cheers|ta)?[\s,.!]*$")]
    private static partial Regex BareIfYouGetAChance();

    [GeneratedRegex(@"^(?:i|we)(?:'d|\s+would)\s+(?:really\s+|so\s+)?(?:like|love)\s+to\s+(?:have|get|see|receive|walk\s+in\s+with|go\s+in\s+with|take\s+in)\s+(?:your|the|it|them|those|these)\b(?![^.?!]*\b(?:also|too|as\s+well|another|more|extra|new|additional|second|again)\b)")]
    private static partial Regex WantedSoon();

    // "Look who's sniffing around already": an exclamation at what follows, not a request to look.
    [GeneratedRegex(@"^(?:if\s+)?(?:(?:can|could|would|will)\s+)?you\s+(?:(?:can|could|would)\s+)?(?:ever\s+)?(?:believe|imagine)\s+(?:it|that|this)\b\s*[?.!]*\s*$|^(?:just\s+)?look\s+(?:who|what)(?:'s|\s+(?:is|was|has|came|turned|showed|popped|just))\b")]
    private static partial Regex Marvel();

    [GeneratedRegex(@"^(?:i|we)(?:'d|\s+would|\s+will)\s+(?:really\s+|so\s+|very\s+much\s+|truly\s+)?(?:appreciate\s+(?:it|that|this)(?:\s+(?:very\s+much|a\s+lot|greatly|immensely))?|be\s+(?:very\s+|most\s+|so\s+|really\s+|ever\s+so\s+)?(?:grateful|thankful))\s*[.!]*\s*$|^(?:that|it|this)(?:'d|\s+would|\s+will)\s+be\s+(?:really\s+|so\s+|very\s+|just\s+)?(?:great|perfect|lovely|amazing|brilliant|wonderful|fantastic|ideal|super|awesome|much\s+appreciated|(?:a\s+)?(?:big\s+|great\s+|huge\s+)?help|helpful)\s*(?:[.!]*\s*$|[,;]\s*(?:that's|that\s+is|as|because|since)\s+[^?]*$)")]
    private static partial Regex ThanksForIt();

    [GeneratedRegex(@"^(?:(?:i|we|i'm|we're)\s+(?:really\s+|do\s+|so\s+|am\s+|are\s+)?)?(?:hope|hoping)\s+(?:that\s+)?(?:you\s+(?:can|could|will|are\s+able\s+to)(?:\s+(?:help|manage|make\s+it(?:\s+work)?|do\s+(?:it|this|that)|fit\s+(?:it|us|me|this|that|them)\s+in))?|(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+(?:possible|ok|okay|doable|alright|all\s+right))(?:\s+(?:too|as\s+well))?\s*[.!,]*\s*(?:[a-z]+\s*[.!]?\s*)?$")]
    private static partial Regex HopeItWorks();

    [GeneratedRegex(@"^(?:(?:and|also|so|then|just)\s+)*(?:please\s+)?(?:if\s+you\s+(?:can|could)\s+)?(?:(?:tell|give|send|say)\s+(?:me|us)|let\s+(?:me|us)\s+(?:know|have))\s+(?:the|your|a|an)\s+(?:rough\s+|ballpark\s+)?(?:price|cost|rate|fee|quote|estimate|figure|ballpark)s?(?:\s+(?:by|per|an?)\s+(?:the\s+)?(?:hour|day|week|month))?(?:\s+for\s+(?:it|this|that|them|these|those))?(?:\s+and\s+when\s+(?:you\s+(?:can|could)|(?:it\s+)?is\s+possible))?(?:\s+(?:by|before)\s+(?:\w+day|tomorrow|the\s+\w+))?(?:\s+(?:please|first|before|beforehand))*\s*[.!]*\s*$")]
    private static partial Regex PriceOfIt();

    [GeneratedRegex(@"^(?:(?:then|so|and)\s+)?(?:please\s+)?(?:just\s+|only\s+|simply\s+)?(?:please\s+)?(?:tell\s+(?:me|us)|let\s+(?:me|us)\s+know)(?:\s+(?:so|then|too|please|honestly|either\s+way))*\s*[.!]*\s*$")]
    private static partial Regex JustTellMe();

    // "Needs to be here by Friday the 13th ideally", "it has to be ready before the 4th": the day the ask before is wanted by.
    [GeneratedRegex(@"^(?:and\s+|but\s+|so\s+)?(?:it|they|that|this|both|all\s+of\s+them)?\s*(?:needs?|has|have)\s+to\s+be\s+(?:here|there|with\s+(?:us|me)|ready|done|finished|delivered|in\s+(?:my|our)\s+hands|back)\s+(?:by|before|for)\b[^.?!]*[.!]?\s*$")]
    private static partial Regex WantedBy();

    // "Please tell the driver of the lorry to come from the side of the church": how the provider's people reach the place.
    [GeneratedRegex(@"\b(?:tell|ask|remind)\s+(?:the|your)\s+(?:[\w'-]+\s+){0,4}?to\s+(?:come|park|arrive|drive|enter|use|go|ring|call|knock|wait|leave|turn|approach)\b(?![^.?!]*\b(?:fix|repair|make|build|add|install|check|clean|paint|replace|look\s+at)\b)")]
    private static partial Regex TellYourPeople();

    // "…then a refund on the 31st, but I'd like something on paper that shows what was paid": proof of a payment named before.
    [GeneratedRegex(@"\b(?:something|anything)\s+(?:on\s+paper|in\s+writing|official|for\s+(?:my|our)\s+records)\b")]
    private static partial Regex SomethingOnPaper();

    [GeneratedRegex(@"^(?:something|anything)\s+(?:you|we)\b")]
    private static partial Regex SomethingYouCould();

    // Passing a thing on: "email a copy of that to this address", "flick me a copy of it", "shoot those over to me"; a ring or
    // a hand given is no thing passed on ("give me a ring one evening and talk me through it").
    [GeneratedRegex(@"\b(?:send|sent|sending\s+(?:me|us|it|them|a\s+copy|copies)|share|forward|forwarding\s+(?:me|us)|resend|re-send|reissue|re-issue|redo|re-do|amend|correct|email\s+(?:(?:it|them|this|that)\s+(?:to\s+)?)?me|(?:e-?mail|mail|post)\s+(?:those|these|them|it|both|a\s+copy|copies)\s+(?:over|across|through|on|as\s+(?:a\s+)?(?:pdfs?|attachments?|scans?))\b|(?:e-?mail|mail|post)\s+(?:me\s+|us\s+)?(?:a\s+copy|copies)\s+of\b|(?:flick|shoot|ping|fire|pop)\s+(?:me|us)\s+(?:over\s+|through\s+)?(?:a\s+copy|copies|it|them|that)\b|(?:flick|shoot|ping|fire|pop)\s+(?:it|them|that|those|these|this|both)\s+(?:over|across|through)\b|give\s+me(?!\s+a\s+(?:quick\s+)?(?:ring|call|bell|buzz|shout|tinkle|hand|lift)\b)|pass\s+on|where\s+(?:is|are|can\s+i\s+find)|upload|attach)\b")]
    private static partial Regex PassOn();

    // "put both our names on the invoice", "put the boat's name and the index number on the invoice": details put on an
    // invoice or a receipt. Work put on one ("add the extra session on the invoice") is still asked for.
    [GeneratedRegex(@"\b(?:put|show|write|print|include|add|state|list)\s+(?:[\w'-]+\s+){0,4}?(?:names?|address(?:es)?|references?|numbers?|dates?|details|titles?)(?:\s+and\s+(?:[\w'-]+\s+){0,3}?(?:names?|address(?:es)?|references?|numbers?|dates?|details|titles?))?\s+(?:on|onto|to)\s+(?:the|our|my|your|this|that|next|future|each|all|both)\s+(?:\w+\s+)?(?:invoices?|receipts?)\b")]
    private static partial Regex OnAdminPaper();

    // "…a proper receipt, with the grant reference if you can add it", "if the roll number could go on it", "if it can be
    // addressed to my father", "Put "Brady's Hardware Ltd" on it not my own name": changing the admin thing named before is admin too.
    [GeneratedRegex(@"\b(?:add|include|put|update|change|fix|adjust|show)\s+(?:it|them|that|this)\b|\b(?:go|be|is|are|appear|appears|shown|printed|written)\s+on\s+(?:it|them|that|this)\b|\b(?:should|must|could|would|can|needs?\s+to)\s+(?:also\s+)?(?:show|include|list|state|mention|carry|bear)\b|\b(?:be|is|are)\s+addressed\s+to\b|\b(?:make|made)\s+(?:it|them|out)\s+(?:out\s+)?to\b|\b(?:put|write|print|have)\s+(?:[^\s.?!]+\s+){1,6}?on\s+(?:it|them|that|this|those|these)\b")]
    private static partial Regex AmendsIt();

    /// <summary>"A copy of the receipt for the roof clean in July": the admin thing is asked for, the work after it only says which.</summary>
    public static bool AdminThingForWork(string span)
    {
        // "put the boat's name and the index number on the invoice": details put on an admin paper are admin, whatever they name.
        if (OnAdminPaper().IsMatch(span))
        {
            return true;
        }

        var tokens = Tokenizer.Tokenize(span);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (LogisticsNouns.Contains(tokens[i].Key) && tokens[i + 1].Word is "for" or "from" or "covering")
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:send|give|suggest|offer|propose)\s+(?:me\s+|us\s+)?(?:a\s+couple\s+of\s+|a\s+few\s+|some\s+|two\s+|other\s+|alternative\s+)?(?:options|alternatives|other\s+(?:dates|times|days|slots))\b")]
    private static partial Regex OptionsOffered();

    // "Could you email a copy over?", "…a proper copy of your invoice. Could you email me the PDF?": a copy, or the file,
    // of the thing named before.
    [GeneratedRegex(@"\b(?:a|the)\s+(?:copy|pdf|file|scan|document)\b(?!\s+of\b)")]
    private static partial Regex ACopy();

    // What an amendment ("fix it", "add it") can change: an admin thing, unless it is one that breaks (things-that-break.txt).
    private static bool NamesAdminPaper(string? text) => Names(text, t => LogisticsNouns.Contains(t.Key) && !ThingsThatBreak.Contains(t.Key));

    // "…wants a proper receipt for the plan. Could you email one over?": "one" stands for the thing named before; so in
    // "…a receipt from the teacher with the dates. Could you do me one covering the lot, May to September?"; "send me one for
    // the spring term" is one for the period paid, "email me one for the May-August wheel course" one for what was paid for,
    // "send one for my sister" one more of the work.
    [GeneratedRegex(@"\b(?:send|email|e-mail|forward|post|pop|drop)\s+(?:me\s+|us\s+)?one\b(?!\s+(?:more|of|to\s+(?!me\b|us\b))|\s+for\s+(?!(?:the|this|last|that)\b|(?:my|our)\s+(?:[\w-]+\s+)?(?:term|month|year|quarter|period|season|semester|week)s?\b))|\b(?:do|make|write|issue|draw\s+up)\s+(?:me|us)\s+one\b(?!\s+(?:more|of)\b)")]
    private static partial Regex SendsOne();

    // Clearly new work even when logistics words are present ("let me know if you could also design…").
    private static readonly Regex StrongWorkPattern = KnowledgeFile.Pattern(@"\b(?:also|additional|extra|another|one\s+more|a\s+few\s+more|more)\b.{0,40}\b{more-work}|\b{new-work-verbs}\b");

    private static Regex StrongWork() => StrongWorkPattern;

    // "the shots we'd like, as you asked", "all the songs that we want.": the wish is a relative clause on the things named.
    [GeneratedRegex(@"\b(?:the|those|these|which|any)\s+(?:[\w'-]+\s+){0,3}?(?:that\s+|which\s+)?(?:we|i)(?:'d|\s+would)?\s+(?:like|love|want|wanted|need|needed|prefer)\s*(?=[,.;:!?)]|$|(?:as|and|for\s+the|in\s+the)\b)")]
    private static partial Regex WishedThings();

    // "Could we get another one of those on the calendar?", "another go at those two": more of the work, however it is booked.
    [GeneratedRegex(@"\b(?:another|one\s+more)\s+(?:one\s+)?(?:of\s+(?:those|these|them|the\s+same)|go\s+at)\b")]
    private static partial Regex AnotherOfThose();

    // "Can you send the drone over the site again?": the provider's kit or people sent out to do work, not a delivery sent again.
    [GeneratedRegex(@"\bsend\s+(?:the|your|a|an|one\s+of\s+your)\s+\w+\s+(?:over|out|round|up|down)\s+(?!to\s+(?:me|us)\b)(?:to\s+)?(?:the|our|my)\s+\w+")]
    private static partial Regex SendsOut();

    // "Can you tell me whether the clause is enforceable?": asks to be told, and what about decides whose work it is. "We'd
    // like to know the earliest date…" asks to be told too, unless what it wants to know is whether you could do something.
    [GeneratedRegex(@"^(?:can|could|would)\s+(?:you|u)\s+(?:(?:please|also|just)\s+)*(?:tell\s+(?:me|us)|explain|clarify|advise)\b|^(?:please\s+)?(?:just\s+)?tell\s+(?:me|us)\s+(?:if|whether|when|what|how|which|where)\b|^(?:please|pls|plz)\s+(?:just\s+)?tell\s+(?:me|us)(?=\s+(?:and|so)\b|\s*[,.!]|\s*$)|^(?:please\s+|pls\s+|plz\s+)?(?:just\s+)?say\s+(?:me|us)\s+(?:if|whether|when|what|how|which|where)\b|^(?:please\s+)?explain\s+(?:to\s+)?(?:me|us)\b|^(?:so\s+|and\s+|also\s+)?(?:i|we)(?:'d|\s+would)\s+(?:really\s+|also\s+)?(?:like|love)\s+to\s+(?:know|understand|find\s+out)\b(?![^.?!]*\b(?:you|u)\s+(?:can|could|would|will|are\s+able|might)\b)")]
    private static partial Regex TellMe();

    // Questions for information or status, not for work; "please check you receive" (the payment) asks to confirm it came.
    // "Can you work from this when you're there, or do you need a proper drawing?": whether what was sent will do.
    // "…hoping you can settle them:" before a list of questions asks for the answers, as "…we've hit a disagreement we'd
    // like you to settle." does. "If the key is not good for your violin player please say and we try to find other
    // notes": a learner's "tell us". "…stuck on two fields, hoping you can tell me what normally goes in them": answers.
    // "Could you check on your side and tell me it's fine?": the provider's own records looked up.
    // "Tell me if you can do and how much cost.": whether the work asked before can be done, and its price.
    [GeneratedRegex(@"^(?:please\s+)?(?:tell\s+(?:me|us)\s+)?(?:if|whether)\s+(?:you|u)\s+(?:can|could|would)\s+(?:do(?:\s+(?:it|this|that))?\s+)?and\s+(?:how\s+much|what)\s+(?:(?:it|this|that)\s+)?(?:would\s+|will\s+)?(?:cost|costs|price)\b|^(?:(?:and|so)\s+)?(?:can|could)\s+(?:you|u)\s+(?:still\s+)?work\s+(?:from|with|off)\s+(?:this|that|these|those|it|them)(?:\s+(?:when|while|once)\s+[^,?]*)?\s*(?:[,?]|$|\s+or\b)|^(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)*(?:just\s+|quickly\s+)?(?:check|look|double[\s-]check)\s+(?:on|at|in)\s+your\s+(?:side|end)\b|^(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)*(?:check|confirm|see)\s+(?:that\s+|if\s+|whether\s+)?(?:you|it|the\s+(?:money|payment|transfer))\s+(?:have\s+|has\s+|did\s+)?(?:receive|received|got|get|arrived|came|come\s+through|went\s+through|reached)\b|^(?:can|could|would)\s+(?:you|u)\s+(?:(?:please|also|just)\s+)*(?:tell\s+me|let\s+me|remind\s+me|clarify|explain\s+what|confirm|resend|re-send|forward|share\s+the\s+(?:link|invoice|receipt))\b|^(?:please\s+)?(?:just\s+)?tell\s+(?:me|us)\s+(?:if|whether|when|what|how|which|where)\b|^(?:(?:i'm|i\s+am|we're|we\s+are)\s+)?(?:really\s+)?hoping\s+(?:you\s+(?:can|could|might)\s+)?(?:tell|advise|remind)\s+(?:me|us)\s+(?:if|whether|when|what|how|which|where|who)\b|^(?:please|pls|plz)\s+(?:just\s+)?tell\s+(?:me|us)(?=\s+(?:and|so)\b|\s*[,.!]|\s*$)|^(?:please|pls|plz)\s+(?:just\s+)?say(?:\s+(?:me|us|so))?(?=\s+(?:and|so)\b|\s*[,.!]|\s*$)|^(?:please\s+|pls\s+|plz\s+)?(?:just\s+)?say\s+(?:me|us)\s+(?:if|whether|when|what|how|which|where)\b|^(?:please\s+)?explain\s+(?:to\s+)?(?:me|us)\b|^(?:did|have|has)\s+you\s+(?:get|got|receive|had\s+a\s+chance|seen|see)\b|^(?:send|forward|resend)\s+(?:me\s+)?(?:the\s+)?(?:link|invoice|receipt|address)\b|^(?:so\s+|and\s+|also\s+)?(?:i|we)(?:'d|\s+would)\s+(?:really\s+|also\s+)?(?:like|love)\s+to\s+(?:know|understand|find\s+out)\b(?![^.?!]*\b(?:you|u)\s+(?:can|could|would|will|are\s+able|might)\b)|^(?:(?:i'm|we're|i\s+am|we\s+are)\s+)?(?:hoping|hope|can|could)\s+(?:you\s+)?(?:can\s+|could\s+|will\s+|might\s+)?settle\s+(?:it|this|that|them|an?\s+(?:argument|debate|disagreement|bet))\b(?!\s+(?:up|down|in)\b)|^(?:(?:and|so)\s+)?(?:we|i)(?:'d|\s+would)\s+(?:really\s+)?(?:like|love)\s+(?:you|u)\s+to\s+settle\s*[.!]*\s*$")]
    private static partial Regex InfoOnly();

    private static readonly Regex WorkVerbs = KnowledgeFile.Pattern(@"\b{work-verbs}");

    private static Regex WorkVerb() => WorkVerbs;

    [GeneratedRegex(@"\b(?:another|one\s+more|a\s+(?:few|couple)\s+(?:of\s+)?more|(?:two|three|2|3|some)\s+more|extra|additional|bonus|second|third|further)\s+\w+")]
    private static partial Regex MoreOf();
}
