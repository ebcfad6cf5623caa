using System.Text.RegularExpressions;
using MailScope.Core.Knowledge;

namespace MailScope.Core.Asks;

/// <summary>
/// The ways people ask for something in email: modal questions ("could you…"), hypotheticals ("would it be
/// possible…"), wishes ("it would be great if…", "I'd love…"), needs, polite imperatives and bare
/// imperatives. Patterns run on folded (lower-case, straight-quoted) text.
/// </summary>
internal static partial class RequestCues
{
    // A clause starts at the beginning, after punctuation or after a joining word.
    // "(recommend) we set a floor…", "(suggest) I wait…": a step of the client's own after "recommend"/"suggest"/"advise",
    // which asks advice, not for someone to refer or for work.
    private const string ClientsOwnStep = @"(?:that\s+)?(?:we|i)\s+(?!know\b)\w";

    private const string ClauseStart = @"(?:^(?:(?:hi|hello|hey|dear)\s+\w+[,!]?\s+)?|[,;:(—-]\s*|\b(?:and|so|but|also|then|or|plus|maybe|perhaps|just|actually|btw|oh|ps|p\.s\.)\s+)";

    // Built from data files before Patterns below reads them (static fields initialise in text order).
    // "Let's just stick to what we already agreed": keeping the deal declines, it asks nothing.
    // "The groom can send me some message when they stop": what someone else can send is told, not asked of the provider.
    // "What do you do when it's blowing a gale?" asks how the provider works, not whether they offer something.
    private static readonly Regex OfferQuestion = KnowledgeFile.Pattern(@"(?<!\b(?:what|how)\s+)\bdo\s+you\s+(?:also\s+|ever\s+|still\s+)?{offer-verbs}\b|\b(?:does|would)\s+(?:that|this|it)\s+(?:be\s+)?(?:something|anything)\b|\bhow\s+about\b|\bwhat\s+about\s+(?:adding|doing|including|a|an|another)\b|\blet's\b(?!\s+(?:just\s+)?say\s*,|\s+face\s+it\b|\s+be\s+(?:honest|fair|real)\b)(?!\s+(?:just\s+)?(?:stick|keep|stay|leave\s+it)\s+(?:to|with|at|as)\s+(?:what|the\s+(?:original|plan|agreed|package)|it\s+is|it\s+was|we)\b)|\blet\s+us\b(?!\s+down\b)|\blet\s+me\s+know\b|(?:[,;:-]\s*(?:just\s+|so\s+|then\s+)?|\bjust\s+)tell\s+(?:me|us)\s+(?:when|which|what\s+(?:time|day|date)|if|whether)\b|\blmk\b|\bget\s+back\s+to\s+me\b|(?:^|[,;:!-]\s*|\b(?:please|pls|kindly|just|and|also|then|so|you|u|to|pls\.?)\s+|(?<!\b(?:he|she|they|it|(?:the|my|our|his|her|their)\s+\w+)\s+)\b(?:could|can|would)\s+)send\s+me\b|\bcan't\s+wait\s+to\s+see\b");

    private static Regex Cue12() => OfferQuestion;

    // "Build 2.3.1 is on TestFlight", "Design changes are attached": a verb's form as the subject of a statement is no imperative.
    // "Could my husband join me for Saturday's session?": someone of the client's asked in (relatives.txt).
    private static readonly Regex RelativeAsked = KnowledgeFile.Pattern(@"\b(?:can|could|may)\s+(?:my|our)\s+(?:\w+\s+)?{relatives}s?\s+(?:[a-z]+\s+)?(?:also\s+|too\s+)?(?:join|come|bring|use|have|take|sit|tag)\b");

    // "And do the little ones need socks on?", "Do people need to keep their windows shut?": "do" that asks a question of
    // someone else's need is no imperative.
    // "Change of plan, I'll bring it myself": a verb followed by "of" is a noun; so is one followed by a word and a verb of
    // its own ("draft 2 looks perfect", "print run went well"), one heading a list ("Make, scale, and the number…") and one
    // before a phone number ("Phone 021 555 0193", a signature line). "Move better." is a signature's slogan, not an order.
    // "Post or a scan back would both do": a noun offered as one of two ways.
    // "Post-Production | Alpenblick Film GmbH": a verb that begins a hyphened noun is no imperative.
    private static readonly Regex Imperative = KnowledgeFile.Pattern(@"^(?:(?:also|and|then|just|ok|okay|oh|btw|one\s+more\s+thing|quick\s+one|p\.?s\.?|pps|and\s+also)[\s,:.!-]+)*{imperative-verbs}\b(?!-[a-z])(?!\s*:?\s*\+?\(?\d[\d\s().-]{6,}$)(?!\s+(?:better|more|less|well|safe|smarter|harder|different|differently|bigger|bold|strong|happy)\s*[.!]?\s*$)(?!,\s*[a-z'-]+\s*,)(?!(?<=\bdo)\s+(?:the|my|our|your|these|those|they|we|i|you|he|she|it|kids|children|people|everyone|everybody|guests|residents|staff|visitors|neighbours|neighbors)\s+(?:[a-z'-]+\s+){0,2}?(?:need|needs|have\s+to|want|wants|mind|know|think|prefer|get\s+to|go|come|like)\b)(?!(?<=\bdo)\s+(?:we|i|they|he|she)\s+(?!mind\b)[a-z'-]+\b[^?]*\?)(?!(?<=\b(?:update|news))\s*[-:\u2013\u2014]\s)(?!\s+(?:you|for\s+your|so\s+much|of)\b)(?!\s+or\s+(?:a|an|the)\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:would|will|is|are|works?|does|do|both)\b)(?!\s+(?:is|are|was|were|has|'s|will|would|can|could|should|might|may|must|won't|isn't|wasn't)\b)(?!\s+(?:[^\s]*\d[^\s]*|(?!(?:the|a|an|our|my|your|this|that|these|those|it|them|me|us|all|everything|everyone|anything|nothing|sure|whether|if|what|how|who|why|when|where)\b)[a-z'-]+)\s+(?:is|are|was|were|has|have|looks|seems|sounds|reads|feels|went|came|arrived)\b)");

    private static Regex Cue13() => Imperative;

    // Triggers: a pattern runs only when its sentence holds one of these (or when there are none): most
    // sentences ask for nothing, and the substring checks are far cheaper than the patterns.
    internal static readonly (string Name, Regex Pattern, string[] Triggers)[] Patterns =
    [
        ("referral", Cue1(), ["know", "recommend", "suggest", "refer", "point me", "someone", "anyone", "somebody", "do you have", "recommendation"]),
        // "now that we're done could you write me a program": with "you" the modal asks wherever it stands.
        ("modal question", Cue2(), ["can ", "could ", "would ", "will ", "won't", "wo ", "might "]),
        ("modal question", Cue3(), ["can ", "could ", "may ", "would ", "shall "]),
        ("modal question", Cue4(), ["can ", "could ", "would ", "will ", "won't", "wo ", "might "]),
        ("modal question", RelativeAsked, ["can ", "could ", "may "]),
        // "Could a small robin be cut into the corner?", "can the report be printed in colour?": asked in the passive; "Could ours
        // be that size instead?" asks for another one.
        ("modal question", PassiveAsk(), [" be "]),
        // "Could the tour also come in a form that tells people what is there?", "can it come as a booklet?": another form asked for.
        ("modal question", ComeInAForm(), ["come in", "come as"]),
        // Word order of many non-native writers: "You can make the photos for us?"
        ("statement question", Cue5(), ["?"]),
        ("suggestion", Cue6(), ["why "]),
        // "My idea: you can meet only him, alone, one hour each week": the client's plan with the provider in it.
        ("suggestion", ProposalForYou(), ["idea", "proposal", "suggestion", "plan"]),
        ("hypothetical", Cue7(), ["possible", "would", "will ", "is ", "was ", "any", "chance", "think", "able", "willing", "open", "happy", "mind", "consider", "ask", "request", "trouble", "too much", "how ", "something", "anything", "do you have", "free"]),
        ("wish", Cue8(), ["would", "'d", "hoping", "wonder", "looking for", "keen", "interested", "if you", "hope", "use ", "do with", "i'm", "i am", "we're", "we are", "was ", "were ", "better"]),
        ("need", Cue9(), ["need", "require", "want", "should", "must", "have to"]),
        ("advice", Cue10(), ["?"]),
        ("please", Cue11(), ["please", "pls", "plz", "kindly"]),
        ("offer question", Cue12(), ["do you", "does", "would", "how about", "what about", "let", "tell", "lmk", "get back", "send me", "can't wait"]),
        ("imperative", Cue13(), []),
    ];

    /// <summary>Every cue in the sentence, in order, without overlaps.</summary>
    public static List<(string Name, int Index)> FindAll(string folded)
    {
        // "Could you (or someone on your team) cover…": the aside after "you" is blanked, same length, so indices hold.
        folded = AsideAfterYou().Replace(folded, m => new string(' ', m.Length));
        var found = new List<(string Name, int Index, int End)>();
        foreach (var (name, pattern, triggers) in Patterns)
        {
            // IsMatch first: far cheaper than finding every match's bounds when, as usual, there is none.
            if ((triggers.Length > 0 && !ContainsAny(folded, triggers)) || !pattern.IsMatch(folded))
            {
                continue;
            }

            for (var m = pattern.Match(folded); m.Success; m = m.NextMatch())
            {
                var index = m.Index;
                while (index < folded.Length && !char.IsLetter(folded[index]))
                {
                    index++;
                }

                // "…, or can you recommend…": the cue starts at the modal, not at the joining word.
                var joiner = Joiner().Match(folded, index);
                if (joiner.Success && joiner.Index == index && index + joiner.Length < m.Index + m.Length)
                {
                    index += joiner.Length;
                }

                found.Add((name, index, m.Index + m.Length));
            }
        }

        // Stable: at one position the pattern listed first names the cue.
        found = found.Select((f, order) => (f, order)).OrderBy(x => x.f.Index).ThenBy(x => x.order).Select(x => x.f).ToList();
        var result = new List<(string, int)>();
        var lastEnd = -1;
        foreach (var (name, index, end) in found)
        {
            if (index >= lastEnd)
            {
                result.Add((name, index));
                lastEnd = end;
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?<=\b(?:you|u)\s*)\([^()?]{1,60}\)")]
    private static partial Regex AsideAfterYou();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:can|could)\s+(?!(?:you|u|i|we|there|that|this)\b)(?:[a-z0-9'-]+\s+){1,4}?(?:also\s+|please\s+|still\s+)?be\s+(?:[a-z]+ed|done|made|sent|cut|put|set|built|shown|kept|taken|given|brought|held|run|written|drawn|hung|read|sewn|redone|rewritten|redrawn|remade)\b(?=[^?]*\?)|\b(?:can|could)\s+(?!(?:you|u|i|we|there)\b)(?:[a-z0-9'-]+\s+){1,3}?be\s+[^?.!]{1,40}?\s+instead\b(?=[^?]*\?)")]
    private static partial Regex PassiveAsk();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:can|could|would)\s+(?:it|they|these|those|this|that|(?:the|our|my|your)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+)\s+(?:also\s+|still\s+|perhaps\s+|maybe\s+)?come\s+(?:in|as)\s+(?:a|an|another)\b")]
    private static partial Regex ComeInAForm();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:and|so|but|also|then|or|plus|maybe|perhaps|just|actually|btw|oh|ps|p\.s\.)\s+")]
    private static partial Regex Joiner();

    private static bool ContainsAny(string text, string[] triggers)
    {
        foreach (var t in triggers)
        {
            if (text.Contains(t, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence reads as a request for action or a response (the Parakweet sense).</summary>
    public static bool IsRequest(string sentence)
    {
        var folded = Language.Tokenizer.Fold(sentence);
        if (NotRequest().IsMatch(folded))
        {
            return false;
        }

        return FindAll(folded).Count > 0 || (folded.TrimEnd().EndsWith('?') && YesNoQuestion().IsMatch(folded));
    }

    [GeneratedRegex(@"^(?:thanks?|thank\s+you|many\s+thanks)\b(?!.*\b(?:could|can|would|please)\b)|\bif\s+you\s+(?:have|need)\s+any\s+(?:questions|other\s+questions|problems)|\bplease\s+(?:find|see)\s+(?:attached|below|enclosed)|\bfeel\s+free\s+to\b|\bdon't\s+hesitate\b")]
    private static partial Regex NotRequest();

    [GeneratedRegex(@"^(?:are|is|do|does|did|have|has|will|would|can|could|shall|should)\s+(?:you|we|they|it|there|this|that)\b")]
    private static partial Regex YesNoQuestion();

    // Source-generated: no Reflection.Emit at start-up, and the JIT tiers them like the rest of the code.
    // "You know someone who can do the music?": many non-native writers leave off the "do" of the question.
    [GeneratedRegex(@"\b(?:do|would)\s+you\s+(?:happen\s+to\s+)?know\s+(?:anyone|someone|somebody|anybody|of\s+(?:anyone|someone|a|an|any)|a|an|any|who|a\s+good)\b|^(?:\w+\W+){0,2}?you\s+know\s+(?:anyone|someone|somebody|anybody)\s+(?:[\w'-]+\s+){0,4}?(?:who|that)\s+(?:can|could)\s+\w+[^?]*\?\s*$|\b(?:can|could|would)\s+you\s+(?:please\s+)?(?:recommend|suggest|refer|point\s+me)\b(?!\s+" + ClientsOwnStep + @")|\b(?:someone|anyone|somebody)\s+(?:you|u)\s+(?:could|can|would)\s+recommend|\b(?:you'd|you\s+would|you\s+could|you\s+can)\s+recommend\b|\bdo\s+you\s+have\s+(?:someone|anyone|a\s+contact|a\s+recommendation)\b|\bany\s+recommendations?\s+for\b")]
    private static partial Regex Cue1();

    // "Would you recommend we…" asks advice on the client's own step (Cue10, ClientsOwnStep).
    [GeneratedRegex(@"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:(?:please|possibly|maybe|also|kindly|perhaps|just|still|actually)\s+)*(?!have\s+been)(?!(?:recommend|suggest|advise)\s+" + ClientsOwnStep + @")\w+")]
    private static partial Regex Cue2();

    // "Could Ben come…", "can Pepper have…": a modal before a name of the client's (a word that is no pronoun, quantifier or adverb).
    // "…or will that scratch it?": an either-or on whether the client's own way is safe, which asks advice, not work.
    private const string OrWillThatDo = @"[^?]*\bor\s+(?:will|would|does|might|could)\s+(?:that|it|this)\b";

    private const string CanName = @"\b(?:can|could)\s+(?!(?:it|that|this|there|we|i|you|u|they|he|she|anyone|anything|anybody|everyone|everything|someone|somebody|something|nobody|none|one|these|those|things|people|all|both|each|any|some|kids|children|also|just|still|then|now|even|ever|never|always|again|already|not|too|really|please)\b)(?![a-z]+ly\b)[a-z]{3,}\s+";

    // "Could Pepper have the same - bedded down in a stable for the night?": one of the client's, named, asked for something.
    // "Could whoever comes out for the service have a look at it?": the provider's person, whoever it is.
    [GeneratedRegex(@"\b(?:can|could|may|would)\s+(?:(?:she|he|they)(?!" + OrWillThatDo + @")|your\s+(?:\w+\s+)?(?:team|crew|lot|staff|people|colleagues?|technicians?|techs?|engineers?|assistants?|(?:guy|folk|bloke|lad|boy|girl|fella|chap)s?|\w{3,}(?:ist|er|ian|or|man|woman|person)s?)|someone\s+from\s+your\s+(?:team|crew|office|studio)|whoever|one\s+of\s+(?:you|them|your\s+\w+|the\s+(?:team|crew|staff|lads|guys|boys|girls|fellas|chaps|technicians|engineers|drivers)))\s+\w+|\b(?:can|could|would)\s+(?:each|all|both|every\s+one)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:have|get)\s+\w+|(?<!\bhow\s+(?:often|long|much|many|far)\s+)\b(?:can|could|may|shall)\s+(?:we|i)\s+\w+(?=[^?]*\?+[!?]*\s*$)|\b(?:can|could|would|will)\s+(?!(?:it|that|this|there|we|i|you|u|they|he|she|anyone|anything|everyone)\b)[a-z]{3,}\s+be\s+able\s+to\s+\w+|\b(?:can|could|would|will)\s+(?:mr|mrs|ms|miss|dr)\.?\s+[a-z]+\s+\w+|\b(?:can|could|would|will)\s+the\s+(?:team|crew|lads|guys|boys|girls|fellas|chaps|technicians?|engineers?|fitters?|cleaners?|painters?|installers?)\s+\w+|" + CanName + @"(?:(?:also|please|maybe|perhaps|possibly|just|still)\s+)?(?:come|do|take|bring|make|fix|check|clean|look|pop|walk|feed|stay|visit|drop|pick|collect|give|sort|fit|replace|repair|empty|paint|install|work\s+out)\b|" + CanName + @"(?:have|get|join|ride|travel|go)\s+(?!(?:been|had|got|gone|done|known)\b)\w+(?=[^?.!]*\?)")]
    private static partial Regex Cue3();

    // "Will I lose my favourites list if I do?": what will happen to the client is asked, not work; "might I" only asks to
    // have something ("Might I have one of my own?"), not "might I suggest".
    [GeneratedRegex(ClauseStart + @"(?:(?!(?:will|wo)(?:n't)?\s+(?:we|i)\b|might(?:n't)?\s+(?:we|i)\b(?!\s+(?:please\s+)?(?:have|get|book|borrow|order)\b))(?:can|could|would|will|wo|might)(?:n't)?\s+(?:you|u|ya|we|i|someone|somebody|anyone|(?:all(?:\s+(?:two|three|four|five|six|seven|eight|\d+))?|both|the\s+\w+|each)\s+of\s+us)(?:\s+(?:please|possibly|maybe|also|kindly|perhaps|just|still|actually))*\s+(?!have been|be able to say)(?!(?:recommend|suggest|advise)\s+" + ClientsOwnStep + @")\w+)")]
    private static partial Regex Cue4();

    [GeneratedRegex(ClauseStart + @"(?:you|u)\s+(?:can|could|will|would)\s+(?:also\s+|please\s+)?\w+[^?]*\?(?!\))")]
    private static partial Regex Cue5();

    [GeneratedRegex(@"\bwhy\s+don't\s+(?:you|we)\b|\bwhy\s+not\s+(?!\?)\w+")]
    private static partial Regex Cue6();

    [GeneratedRegex(@"\b(?:my|our)\s+(?:idea|proposal|suggestion|plan)\s*(?::|-|\bis\s+(?:that\s+)?|\bwould\s+be\s+(?:that\s+)?)\s*(?:(?:maybe|perhaps)\s+)?(?:you|u)\s+(?:can|could|would|will|might|come|do|make|meet|take|run|send|write|give|teach|help|show)\b")]
    private static partial Regex ProposalForYou();

    // "Any way you can have it done by Saturday?": "is there" left off. "Is it too late to have a pane of glass set into the
    // roof?": a change asked for while there is time.
    // "It is possible you make the app fill the whole screen?", "Is possible Mochi sleep at your place?", "Is possible somebody
    // comes today?": the statement's word order, asked with a question mark; "is possible when you make it, to make also a
    // lid?" puts when before what.
    // "Would there be room for her to join in with the ten o'clock crowd?": a place asked for.
    // "Tell me if there's anything you don't eat": what the provider does not do is asked about, nothing asked of them.
    [GeneratedRegex(@"\b(?:would|will|is|was)\s+(?:it|that|this)\s+be\s+(?:possible|ok|okay|alright|feasible|doable|a problem)|\b(?:would|will|is|could)\s+there\s+(?:still\s+)?(?:be\s+)?(?:any\s+)?(?:room|space|a\s+(?:place|spot|space|seat))\s+for\s+(?:her|him|them|me|us|my\s+\w+|our\s+\w+|[a-z]+)\s+(?:to\s+(?:join|come|take\s+part|squeeze|fit|sit|tag)|in|on|at)\b|\bis\s+(?:it|that|this)\s+possible|(?<!\bwhen\s)\bis\s+possible\s+(?:for\s+(?:you|u|us|me)\s+)?to\b|(?<!\b(?:when|it|this|that|not|if|what|as)\s)\bis\s+possible\s+(?:when|while|once|if)\s+[^,?.!]{1,40},\s*(?:to|(?:that\s+)?(?:you|u))\s+\w+|(?<!\b(?:when|it|this|that|not|if|what|as)\s)\bis\s+possible\s+(?:(?:that\s+)?(?:you|u|she|he|they|we|i|your\s+\w+|somebody|someone|anybody|anyone|one\s+of\s+(?:you|your\s+\w+))\s+\w+|that\s+(?:the|your)\s+[a-z]+\s+[a-z]+|that\s+(?:our|my|his|her|their)\s+[a-z]+\s+(?:are|is|be|become|get)\b|(?:an?|one|two|three|another|some|\d+)\s+(?:more\s+|extra\s+|other\s+)?[a-z]\w+|(?:that\s+)?(?:(?:my|our|the|his|her)\s+)?[a-z]{2,}\s+(?:come|stay|sleep|go|join|have|get|use|take|do)\b)|\bit\s+is\s+possible\s+(?:that\s+)?(?:you|u|your\s+\w+)\s+\w+[^.?!]*\?|\b(?:would|could|will|does)\s+(?:that|this|it)\s+work\b|\bis\s+there\s+(?:any\s+)?(?:way|chance|possibility)|\b(?:if|whether)\s+there(?:'s|\s+is|\s+was|\s+would\s+be)\s+(?:any\s+)?(?:way|chance|possibility)\s+(?:that\s+)?(?:you|u|your\s+\w+)\s+(?:could|can|might|would)\b|\b(?:would|could|might)\s+there\s+be\s+(?:any|a)\s+(?:way|chance|possibility)\b|\bis\s+there\s+a\s+(?:way|chance|possibility)\s+(?:that\s+)?(?:you|u|your\s+\w+)\s+(?:could|can|might|would)\b|\bany\s+chance\b|^(?:(?:and|so|but|also)\s+)?any\s+way\s+(?:that\s+)?(?:you|u|we|your\s+\w+)\s+(?:could|can|might)\b|\bdo\s+you\s+think\s+(?:you|we)\s+(?:could|can|would|might)|\bwould\s+you\s+(?:be\s+(?:able|willing|open|up\s+for|happy|ok)|mind|consider)|\bare\s+you\s+(?:able|willing|open|happy)\s+to|\b(?:may|might|could|can)\s+i\s+(?:ask|request|trouble)|\btoo\s+much\s+to\s+ask|\b(?:ask|asking)\s+(?:you\s+)?(?:whether|if)\s+you\s+(?:could|can|would|might)\b|\bhow\s+(?:hard|difficult)\s+would\s+it\s+be|\b(?:something|anything)\s+you\s+(?:could|can|might|would|do|offer)\b(?!'t)|\b(?:is|be)\s+(?:that|this|it)\s+something\s+(?:your\s+\w+|(?!(?:you|u|that|which|i|we|it|they|there|else|my|our)\b)[a-z]{3,})\s+(?:could|can|might|would)\s+\w+|\b(?:is|be)\s+(?:that\s+|this\s+|it\s+)?(?:something|anything)\s+we\s+(?:could|can|might|would|do)|\bdo\s+you\s+have\s+(?:a\s+few|some|\d+|a\s+spare|any)\s+(?:minutes|mins|time|moments)|\bare\s+you\s+free\s+(?:to|for)\b|\bis\s+it\s+(?:too\s+late|still\s+possible|not\s+too\s+late)\s+to\s+(?:have|add|get|change|make|swap|put|move|include|switch|fit|set)\b")]
    private static partial Regex Cue7();

    // "The grandchildren were hoping to use it": someone else's hope, told, asks nothing; "we were hoping to…" does.
    // "Nadia would like you to follow the money…": someone else's wish is the client's ask all the same ("the list of who
    // the staff would like you to see" only describes the list).
    // "Our teen writers… They'd really like an afternoon with you in the new year": the wish of the client's people, for
    // time with the provider, is the client's ask.
    // "The boss… he'd like a set of questions about us in the December quiz too": more of the work, wished by the client's
    // people, is the client's ask.
    // "I'd like to slot the fixes in", "I'd like to wear something I already own": what the client will do, no wish of work;
    // so are "we'd like to just post one answer on the wall" and "I'd like to put a line about it in Friday's staff note".
    // "I attach it. I think it is better that you have it now": why material is sent now, no wish for work.
    // "I wondered if that's normal for you or if chairs work better": a question about how things are, no wish for work ("I
    // wonder if that's something you could do" still asks).
    // "It would be good to give her a rough idea", "…to let Mum know": the client's own telling of someone else, no wish for work.
    // "I'd very much like you to do the same for the cottage": a wish said with more warmth is still a wish.
    // "I'd like to be sure we're square": a wish to be reassured, no wish for work; nor is "we would like to give one to each
    // of the witnesses", the client's own giving of what was made.
    [GeneratedRegex(@"\b(?:it|that)(?:'d|\s+would)\s+be\s+(?:\w+\s+)?(?:great|nice|awesome|helpful|amazing|ideal|good|lovely|fantastic|perfect|wonderful|brilliant|useful|cool|handy|fab|super|valuable|appreciated)\b(?!\s+to\s+(?:(?:give|tell)\s+(?:her|him|them|my\s+\w+|our\s+\w+)\s+(?:a|an|some|the)\s+(?:\w+\s+)?(?:idea|answer|date|update|estimate|timeline)\b|let\s+(?!(?:me|us|you)\b)(?:(?:my|our|the)\s+)?[a-z]+\s+know\b))|\b(?:i|we)(?:'d|\s+would)\s+(?:really\s+|also\s+|so\s+|just\s+|very\s+much\s+|dearly\s+|truly\s+|quite\s+)*(?:like|love|appreciate|prefer|want|welcome|be\s+(?:grateful|thankful|thrilled|delighted))\b(?!\s+(?:a|some|more\s+of\s+a)\s+say\b)(?!\s+to\s+(?:just\s+|then\s+|also\s+)?(?:(?:sit\s+down\s+(?:\w+\s+){0,3}?(?:and\s+)?)?(?:be\s+(?:quite\s+|completely\s+|absolutely\s+|really\s+)?(?:sure|certain)|give\s+(?:one|it|them|these|those|each\s+(?:one\s+)?)\s+to\b|table|slot|listen|read|share|show|wear|circulate|present|practise|practice|print|forward|pass|frame|hang|post|put\s+(?:a|an|one|the)\s+(?:short\s+|little\s+|quick\s+)?(?:line|note|word|paragraph|sentence|notice|item|bit|piece|message|reminder|answer)s?\s+(?:about|on|in|into|up)\b)\b))|\b(?:i|we)(?:'m|\s+am|'re|\s+are|\s+was|\s+were)\s+(?:really\s+|also\s+|just\s+)?(?:hoping|(?:wondering(?!\s+(?:if|whether)\s+(?:i|we|she|he|they|it|that|this)(?:(?:'re|'m|'s|\s+(?:am|are|is|was|were))\s+(?!(?:able|allowed|possible|ok|okay|alright|welcome|free|worth|too|something|anything|doable|feasible|an\s+option)\b)|\s+(?:also\s+|still\s+|really\s+)?(?:need|needs)\s+(?:a|an|to\s+(?:bring|pack|buy|wear|carry))\b)))|looking\s+for|keen|interested\s+in)\b|\bi\s+wonder(?:ed)?(?!\s+(?:if|whether)\s+(?:i|we|she|he|they|it|that|this)(?:(?:'re|'m|'s|\s+(?:am|are|is|was|were))\s+(?!(?:able|allowed|possible|ok|okay|alright|welcome|free|worth|too|something|anything|doable|feasible|an\s+option)\b)|\s+(?:also\s+|still\s+|really\s+)?(?:need|needs)\s+(?:a|an|to\s+(?:bring|pack|buy|wear|carry))\b))\s+(?:if|whether)|\b(?:i|we)(?:'d|\s+would)\s+feel\s+(?:much\s+|a\s+lot\s+|so\s+much\s+)?(?:better|happier|safer|easier|more\s+comfortable|reassured)\s+if\s+(?:you|somebody|someone|one\s+of\s+you|your\s+\w+)\b|\b(?:he|she|they)(?:'d|\s+would)\s+(?:really\s+|also\s+|so\s+|just\s+)?(?:like|love)\s+(?:an?|another|one\s+more|some|more)\s+[^.?!]*?\b(?:too|as\s+well)\b|^(?:and\s+|so\s+)?(?:they|the\s+(?:kids|children|team|group|students|pupils|girls|boys|staff))(?:'d|\s+would)\s+(?:really\s+|also\s+|so\s+|just\s+)?(?:like|love)\s+(?:an?|another|one\s+more|some|more)\s+(?:[\w'-]+\s+){1,3}?with\s+you\b|\bif\s+you\s+(?:could|can|would|have\s+(?:time|a\s+(?:sec|moment|minute|chance))|get\s+a\s+chance|don't\s+mind(?!\s+(?:the|a|an|my|our|your|his|her|their|me|us|him|them|that|this|those|these|it)\b))|\b(?:would|'d)\s+(?:really\s+)?(?:love|appreciate)\s+(?:it\s+)?(?:if|for)\b|\bhoping\s+(?:you|we)\b|(?<!\b(?!(?:i|we)\b)[a-z']+\s+(?:were|was|are|is|had\s+been|have\s+been)\s+|\b(?:they're|he's|she's)\s+)\bhoping\s+to\b|\b(?:would|could)\s+(?:also\s+|really\s+|definitely\s+)?(?:use|do\s+with)\s+(?:some|a|an|your|one|another|more|an\s+extra)\b|(?<!\b(?:who|whom|what|which|whatever|whoever|where|how)\s+(?:[\w-]+\s+){0,3}[\w-]*)(?:'d|\bwould)\s+(?:really\s+|also\s+|just\s+|very\s+much\s+|dearly\s+)?(?:like|love)\s+you\s+to\s+(?!know\b)|\b(?:i\s+think\s+)(?:it\s+)?(?:is|'s|would\s+be|will\s+be)\s+better\s+(?:that\s+|if\s+)?(?:we|you)\s+(?!(?:don't|do\s+not|not|never|stop|wait|leave|keep|stay|skip|cancel|just)\b)(?!(?:have|get)\s+(?:it|them|this|these|that|those)\s+(?:now|already|early|in\s+time|before)\b)\w+")]
    private static partial Regex Cue8();

    // "I want to get it right this year" is the client's own doing; "I want that you come every year" is a learner's "want you to";
    // "I want our staff feel relax there" says how others should feel, what the ask before is for; "we want the word
    // Vlaštovka to look on the middle panel" says how the agreed work should look, but "…to be like that" asks for a change.
    // "Lea and me want another walk with you": the client and someone of theirs are a "we".
    // "Your system must have both", "it must have gone to the old address": "must have" guessing what happened asks nothing;
    // nor does "I should have written sooner", a regret, or "Bump-out needs to be done by 00:30", "(it) needs to be up before
    // the roof strip on the 23rd", a deadline for the agreed work.
    // "The elements she must show are in the second part": what another person must do at their own test asks nothing.
    // "Want to get back to her today" is the client's own reply to someone; "they want a proper receipt with your business
    // address" passes on another's want of an admin paper, an admin ask.
    [GeneratedRegex(@"(?<!\b(?:do|does|did|will|would|should|shall)\s+)(?<!\bnot\s+that\s+)(?<!\bwhether\s+)(?!(?:i|we)\s+(?:really\s+)?want\s+(?:our|my|the|his|her|their|all\s+our)\s+[\w'-]+\s+(?:[\w'-]+(?<!ed)\s+)?(?:to\s+)?(?:feel|be|look|enjoy|stay|know|think|relax|remember|love)\b(?!\s+(?:like|more|less|bigger|smaller|different)\b))\b(?:i|we|(?<=^|[,;:!?-]\s*)(?:[a-z]+\s+and\s+(?:me|i)|(?:me|i)\s+and\s+[a-z]+))(?:'ll|\s+will|\s+also|\s+really|\s+still|\s+now)?\s+(?:need|needs|require|want)\s+(?:you|that\s+you|your|help|a|an|another|one|two|three|some|the|to\s+(?:have|get(?!\s+(?:it|this|that|things|everything)\s+right\b)|add|see)|someone|more|extra|additional|my|our|(?:it|them|this|that|these|those)\s+\w+ed)\b|^(?:also\s+)?(?:need|needs|needed|want)\s+(?!(?:it|this|that|them|these|those)\b)(?!to\s+be\s+(?:up|ready|done|finished|complete|completed|in\s+place|there|sorted)\s+(?:(?:ideally|really|definitely|preferably)\s+)?(?:by|before|for\s+the|in\s+time)\b)(?!to\s+(?:get\s+back\s+to|reply\s+to|respond\s+to|answer|tell|let\s+(?:her|him|them)\s+know|get\s+(?:it|this|that|things|everything)\s+right)\b)\w+|\b(?:need|needs)\s+to\s+be\s+(?:(?:done|finished|completed)(?!\s+(?:by|before)\b)|added|updated|fixed|changed|redone|included|reviewed|rewritten|designed|built)|\b(?!(?<=\b(?:she|he|they)\s+)must\b)(?!must\s+have\s+both\s*[.,;)!])(?!(?:must|should)\s+have\s+(?:been|got|gotten|had|gone|done|seen|sent|come|left|taken|given|made|lost|forgotten|fallen|written|told|known|thought|said|rung|brought|\w+ed\b))(?:should|must)\s+(?:also\s+)?(?:have|include|show|feature|be\s+added|list|mention|get)\b(?!\s+(?:them|it)\s+(?:by|this|next|in|within|on|soon|already|now|today|tomorrow)\b)|\b(?:i|we)(?:'ll)?\s+(?:must|need\s+to|have\s+to|will\s+have\s+to)\s+(?:re-?schedul\w*|postpone|cancel|move|shift|push\s+back)\b|\b(?:i|we)\s+need\s+to\s+know\s+(?:if|whether|when|where|what|which|how)\b|\b(?:they|my\s+(?:work|employer|company|boss|accountant|bank|insurer|insurance)|the\s+(?:school|company|bank|insurer|council|office|scheme))\s+(?:need|needs|want|wants|require|requires)\s+(?:a|an|the|your)\s+(?:[\w-]+\s+){0,2}?(?:invoice|receipt|statement|certificate|confirmation)s?\b")]
    private static partial Regex Cue9();

    // "Would you recommend we set a floor on those, or let them go…?": advice on the client's own step, no referral sought.
    // A question on the client's own next step, at a clause's start: "…is full of pigeons, so what's the safest thing to
    // clean bird mess off with?" as much as at the sentence's. "Can they use a scraper on it or will that scratch it?" asks
    // whether the client's own way is safe.
    [GeneratedRegex(@"(?:^|[:;—-]\s*|,\s*)(?:(?:so|and|also|quick\s+(?:one|question)[:,-]?)\s+)?(?:should\s+(?:i|we|my|our)|(?:would|do)\s+you\s+(?:recommend|suggest|advise)\s+" + ClientsOwnStep + @"\w*|(?:can|could)\s+(?:i|we|they|he|she)\s+(?=" + OrWillThatDo + @")|do\s+(?:i|we)\s+need\s+to|does\s+(?:my|our)\s+\w+\s+need|how\s+(?:many|much|often|long)\s+[^?]*\bshould\b|is\s+it\s+(?:better|ok|okay|wise|smart)\s+to|(?:what|which)\s+[^?]*?\b(?:do|would)\s+you\s+(?:recommend|suggest|advise)|which\s+[^?]*\b(?:do|would)\s+you\s+(?:recommend|trust|suggest)|(?:what's|what\s+is|what\s+would\s+be)\s+(?:the\s+)?(?:best|fairest|right|safest|simplest|easiest|cleanest|quickest|fastest|neatest|smartest|correct|proper|usual|normal)\s+(?:way|thing)\s+to|how\s+(?:should|would|do|can)\s+(?:i|we)\s+(?:best\s+)?(?:handle|deal\s+with|approach|respond|reply|answer|word|phrase|go\s+about|treat|manage)|what\s+(?:should|would|do)\s+(?:i|we)\s+(?:do|say|tell|reply|answer)|(?:am|are)\s+(?:i|we)\s+allowed\s+to)[^?]*\?")]
    private static partial Regex Cue10();

    // The "please never" list: a please inside quotation marks names a thing, it asks nothing; "thank you for explaining so
    // kindly" asks nothing either, nor does "hard to please" (the verb).
    // "…you kindly rang the fifth and the tenor for us": what someone kindly did tells, it asks nothing.
    // "…and don't answer to her please": a please closing a "don't" asks the provider to leave something undone.
    [GeneratedRegex(@"(?<![""“”']\s?)(?<!\bto\s)(?<!\b(?:don't|do\s+not)\s+(?!forget\b|hesitate\b)[^.,;!?]{1,40}\s)\b(?:please|pls|plz|(?<!\b(?:so|very|most|really|too)\s)kindly(?!\s*[.!,;)]|$)(?!(?<=\b(?:you|he|she|they|who)\s+kindly)\s+(?:\w+ed|rang|sent|gave|took|made|came|did|lent|brought|wrote|told|put|let|showed)\b))\b(?!\s+(?:find|see|note|disregard|ignore|forget|don't|do\s+not|excuse|forgive)\b)")]
    private static partial Regex Cue11();


}
