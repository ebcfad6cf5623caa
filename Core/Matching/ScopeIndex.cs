using System.Text.RegularExpressions;
using MailScope.Core.Knowledge;
using MailScope.Core.Language;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Matching;

/// <summary>
/// Everything an ask can match in one scope book — deliverables of every package, add-ons, referral
/// and provider expertise — as phrases, built once per book and shared by every message.
/// </summary>
internal sealed partial class ScopeIndex
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "this", "that", "these", "those", "some",
        "another", "one", "two", "three", "four", "five", "any", "each", "every",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "for", "with", "from", "about", "on", "in", "at", "to", "into", "onto", "like", "including", "regarding", "than",
    };

    private static readonly HashSet<string> Partitives = new(StringComparer.Ordinal) { "piece", "bit", "kind", "sort", "type", "couple", "lot", "set", "pair", "series", "range", "selection" };

    private static readonly HashSet<string> OrderWords = new(StringComparer.Ordinal) { "next", "last", "first", "final", "usual", "regular", "upcoming" };

    private static readonly string BugKey = Lexicon.Canonical(Stemmer.Stem("bug"));

    private readonly List<Entry> _entries = [];
    private ScopeIndex? _addOnIndex;
    private ScopeIndex? _referralIndex;
    private Dictionary<string, List<int>>? _byKey;
    private readonly List<ScopePhrase> _providerExpertise = [];
    private readonly Dictionary<string, int> _entriesPerKey = new(StringComparer.Ordinal);

    // The items whose phrases use each activity ("fix" of "remedial fixes"), and the provider's expertise as one more.
    private readonly Dictionary<string, HashSet<(MatchKind Kind, string Id)>> _itemsPerActivity = new(StringComparer.Ordinal);

    private readonly DeliverableParts _parts;

    // The things the book's own items and the provider's expertise name.
    private readonly HashSet<string> _ownKeys = new(StringComparer.Ordinal);

    // The words of the book's package names ("Party Day Hire"): the provider's own world, which a referral's phrase
    // ("party catering") is not named by when only such a word of it is said.
    private readonly HashSet<string> _packageNameKeys = new(StringComparer.Ordinal);

    // Words of two or more of the provider's own expertise entries ("dog" of "dog boarding" and "dog daycare"): the trade's
    // own words, which never point at a neighbour.
    private readonly HashSet<string> _tradeWords = new(StringComparer.Ordinal);

    // Words that name an appointment ("visit", "lesson"): a unit or name word of a deliverable that can be booked.
    private static readonly HashSet<string> AppointmentKeys = new(
        KnowledgeFile.Lines("appointments.txt").Where(l => l.All(char.IsLetter)).Select(Tokenizer.KeyOf), StringComparer.Ordinal);

    // Deliverables booked as appointments, by the appointment word of their unit or name (see MatchAppointment).
    private readonly List<(string Container, string Id, string Name, string Key)> _appointments = [];

    // Deliverable ids with and without a quantity: support that runs along ("email support") is never had once more.
    private readonly HashSet<string> _counted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _uncounted = new(StringComparer.Ordinal);

    // Uncounted deliverables named as a channel for questions ("Email support with replies within a day", "Aftercare advice
    // by phone", "Homework questions by email").
    private readonly HashSet<string> _supportLines = new(StringComparer.Ordinal);

    // A word of the book typed with two neighbouring letters swapped ("tiels" for "tiles"), to the book's word.
    private readonly Dictionary<string, string> _swappedLetters = new(StringComparer.Ordinal);

    public ScopeIndex(ScopeBook book)
    {
        foreach (var package in book.Packages)
        {
            _packageNameKeys.UnionWith(NameKeys(package.Name));
            foreach (var d in package.Deliverables)
            {
                (d.Quantity is null ? _uncounted : _counted).Add(d.Id);
                if (d.Quantity is null && SupportChannel().IsMatch(d.Name))
                {
                    _supportLines.Add(d.Id);
                }

                Add(MatchKind.Deliverable, package.Id, d.Id, d.Name, Phrases(d.Name, d.Aliases, d.Id));
                AddAppointment(package.Id, d);
            }
        }

        // A retainer's allowance (version 2) matches like a package's deliverables, for the clients on it.
        foreach (var retainer in book.Retainers)
        {
            foreach (var d in retainer.Deliverables)
            {
                Add(MatchKind.Deliverable, MatchScope.RetainerKey(retainer.Id), d.Id, d.Name, Phrases(d.Name, d.Aliases, d.Id));
                AddAppointment(MatchScope.RetainerKey(retainer.Id), d);
            }
        }

        foreach (var a in book.AddOns)
        {
            Add(MatchKind.AddOn, null, a.Id, a.Name, Phrases(a.Name, a.Aliases, a.Id, surcharge: true));
        }

        foreach (var r in book.Provider.Referrals)
        {
            Add(MatchKind.Referral, null, r.Name, r.Name, r.Expertise.Select(e => ScopePhrase.From(e, headOnly: false)).OfType<ScopePhrase>().ToList());
        }

        _providerExpertise.AddRange(book.Provider.Expertise.Select(e => ScopePhrase.From(e, headOnly: false)).OfType<ScopePhrase>());
        _tradeWords.UnionWith(_providerExpertise.SelectMany(p => p.All.Distinct()).GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));

        // How many items name each thing: a word only one item uses identifies it on its own ("drone").
        foreach (var keys in _entries.Select(e => e.Phrases.SelectMany(p => p.Required).Distinct()).Append(_providerExpertise.SelectMany(p => p.Required).Distinct()))
        {
            foreach (var key in keys)
            {
                _entriesPerKey[key] = _entriesPerKey.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var (item, phrases) in _entries.Select(e => ((e.Kind, e.Id), (IEnumerable<ScopePhrase>)e.Phrases)).Append(((MatchKind.None, "expertise"), _providerExpertise)))
        {
            foreach (var key in phrases.SelectMany(p => p.All).Where(Lexicon.Activities.Contains).Distinct(StringComparer.Ordinal))
            {
                (_itemsPerActivity.TryGetValue(key, out var items) ? items : _itemsPerActivity[key] = []).Add(item);
            }
        }

        BorrowFieldWords(book);
        IndexSwappedLetters();
        _parts = new DeliverableParts(book, name => ScopePhrase.From(name, headOnly: true)?.All ?? []);
    }

    private void AddAppointment(string container, Deliverable d)
    {
        foreach (var key in Tokenizer.Tokenize(d.Unit + " " + d.Name).Select(t => t.Key).Where(AppointmentKeys.Contains).Distinct(StringComparer.Ordinal))
        {
            _appointments.Add((container, d.Id, d.Name, key));
        }
    }

    /// <summary>
    /// "Could you pop round one morning next week?" when nothing else is named: the client's own deliverable that is
    /// booked as that kind of appointment (a unit of visits, a "nail trim visit"). A weak match, as one word of the item.
    /// </summary>
    private ScopeMatch MatchAppointment(IReadOnlyList<Token> tokens, MatchScope scope)
    {
        foreach (var a in _appointments.Where(a => scope.Owns(a.Container)))
        {
            if (IndexOf(tokens, t => t.Key == a.Key) is var at and >= 0 && IsAppointmentAskedFor(tokens, at))
            {
                return new ScopeMatch(MatchKind.Deliverable, a.Id, a.Name, a.Key) { Strength = 0 };
            }
        }

        // "Can I book for next week?": a booking that names no kind books the one kind of appointment the client has.
        var own = _appointments.Where(a => scope.Owns(a.Container)).Select(a => (a.Id, a.Name)).Distinct().ToList();
        return own.Count == 1 && tokens.Any(t => t.Word is "book" or "rebook") && !tokens.Any(t => IsThing(t) && t.Word is not ("book" or "rebook"))
            ? new ScopeMatch(MatchKind.Deliverable, own[0].Id, own[0].Name, "book") { Strength = 0 }
            : ScopeMatch.Nothing;
    }

    // Only an appointment of no other kind ("a portrait session" is not a planning session), and one asked for, not one
    // that says when ("at my next appointment", "since your last visit") or whose ("one of our sessions").
    private static bool IsAppointmentAskedFor(IReadOnlyList<Token> tokens, int at)
    {
        if (at > 0 && IsThing(tokens[at - 1]) && !tokens[at - 1].Possessive)
        {
            return false;
        }

        var lead = at - 1;
        while (lead >= 0 && (Determiners.Contains(tokens[lead].Word) || tokens[lead].Possessive || OrderWords.Contains(tokens[lead].Word)))
        {
            lead--;
        }

        // "…who signed for it and at what time": a question word asks which one, it books none.
        var word = lead >= 0 ? tokens[lead].Word : null;
        return word is null or "for" or "to" || !(Prepositions.Contains(word) || TimePrepositions.Contains(word) || word is "since" or "what" or "which" or "whatever" or "whichever");
    }

    /// <summary>
    /// Typos the book's own words may come in: two neighbouring letters swapped, in words of five letters or more
    /// (shorter ones swap into other words too often). A form that is itself a word of the book is never redirected.
    /// </summary>
    private void IndexSwappedLetters()
    {
        // Every phrase an item is matched by, the field words borrowed for referrals included.
        var named = _entries.SelectMany(e => e.Phrases).SelectMany(p => Tokenizer.Tokenize(p.Text).Where(t => p.All.Contains(t.Key)));
        var byKey = LazyInitializer.EnsureInitialized(ref _byKey, BuildKeyIndex);
        foreach (var token in named.Where(t => t.Word.Length >= 5 && t.Word.All(char.IsLetter)))
        {
            var word = token.Word;
            for (var i = 0; i + 1 < word.Length; i++)
            {
                if (word[i] != word[i + 1])
                {
                    var swapped = string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2));
                    if (!byKey.ContainsKey(Tokenizer.KeyOf(swapped)))
                    {
                        _swappedLetters.TryAdd(swapped, word);
                    }
                }
            }
        }
    }

    /// <summary>The tokens with a book's word typed with two letters swapped read as that word.</summary>
    private IReadOnlyList<Token> Corrected(IReadOnlyList<Token> tokens)
    {
        List<Token>? corrected = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (_swappedLetters.TryGetValue(t.Word, out var meant))
            {
                corrected ??= [.. tokens];
                corrected[i] = t with { Word = meant, Key = Tokenizer.KeyOf(meant) };
            }
        }

        return corrected ?? tokens;
    }

    /// <summary>
    /// A referral is matched by the other words of the fields its name and expertise belong to (Knowledge/fields.txt),
    /// as entries of their own that decide only when nothing the book names matched: "speak for us at the hearing"
    /// reaches the lawyer whose expertise says "employment tribunals". Words the book uses elsewhere are never borrowed.
    /// </summary>
    private void BorrowFieldWords(ScopeBook book)
    {
        var own = _ownKeys;
        own.UnionWith(_entries.Where(e => e.Kind != MatchKind.Referral).SelectMany(e => e.Phrases).Concat(_providerExpertise).SelectMany(p => p.Required));
        // "…with lab analysis" is cut from the name's phrase, but the book still uses "lab": a field's "laboratory" is no neighbour's.
        own.UnionWith(_entries.Where(e => e.Kind != MatchKind.Referral).Select(e => ScopePhrase.From(e.Name, headOnly: false)).OfType<ScopePhrase>().SelectMany(p => p.Required));
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // The name says which fields are theirs ("Loop Motion Studio"), but only their expertise is matched already:
        // a field word that is also in the name ("short loop") is still borrowed.
        var namedBy = book.Provider.Referrals.Select(ReferralKeys).ToList();
        // A field of the provider's own trade that two or more referrals are in by name ("clock restoration" beside
        // "barometer restoration" and "antique furniture restoration") says nothing about which of them a word of it
        // belongs to: "put the woodwork right" is none of theirs for that.
        var shared = FieldWords.Fields.Where(f => f.NamePhrase is { } name && name.All.All(_tradeWords.Contains) &&
            namedBy.Count(keys => name.All.All(keys.Contains)) >= 2).ToHashSet();
        foreach (var (referral, named) in book.Provider.Referrals.Zip(namedBy))
        {
            var theirs = TheirKeys(referral);
            var words = Spelled(Tokenizer.Tokenize(string.Join(" , ", referral.Expertise.Append(referral.Name))));
            var borrowed = FieldWords.Fields
                .Where(f => f.Covers(named, words) && !shared.Contains(f))
                .SelectMany(f => f.Phrases)
                .Where(p => !p.Required.Any(own.Contains) && !p.Required.All(theirs.Contains) && taken.Add(p.Text))
                .ToList();
            if (borrowed.Count > 0)
            {
                _entries.Add(new Entry(MatchKind.Referral, null, referral.Name, referral.Name, borrowed) { Borrowed = true });
            }
        }
    }

    private bool IsOwnActOnTheirThing(IReadOnlyList<Token> tokens, HashSet<string> keys, ScopePhrase phrase)
    {
        var theirActs = phrase.All.Where(Lexicon.Activities.Contains).ToList();
        if (theirActs.Count == 0 || theirActs.Any(keys.Contains))
        {
            return false;
        }

        // The act comes before what it is done to: "a new logo in the same style as the mural" asks for the logo.
        var act = IndexOf(tokens, t => _tradeWords.Contains(t.Key) && !Lexicon.Activities.Contains(t.Key) && !phrase.All.Contains(t.Key));
        var thing = IndexOf(tokens, t => phrase.Required.Contains(t.Key));
        return act >= 0 && thing > act;
    }

    private HashSet<string> TheirKeys(Referral referral) =>
        new(_entries.Where(e => e.Kind == MatchKind.Referral && e.Id == referral.Name).SelectMany(e => e.Phrases).SelectMany(p => p.All), StringComparer.Ordinal);

    private HashSet<string> ReferralKeys(Referral referral)
    {
        var keys = TheirKeys(referral);
        keys.UnionWith(NameKeys(referral.Name));
        return keys;
    }

    /// <summary>
    /// The best match of <paramref name="text"/> for a client on <paramref name="package"/>. With
    /// <paramref name="anchored"/> (the asking clause itself) the phrase must name what is asked for, not a word around it.
    /// </summary>
    public ScopeMatch Match(string text, Package package, bool anchored = true) => Match(text, MatchScope.Of(package), anchored);

    /// <summary>The best match of <paramref name="text"/> for a client owning <paramref name="scope"/> (packages, retainer).</summary>
    public ScopeMatch Match(string text, MatchScope scope, bool anchored = true)
    {
        var tokens = Corrected(Tokenizer.Tokenize(WherePhrases.Without(WhenPhrases.Without(UnwantedThings.Without(ValuedThings.Without(text))))));
        var keys = new HashSet<string>(tokens.Where(t => !Lexicon.StopWords.Contains(t.Word)).Select(t => t.Key), StringComparer.Ordinal);
        var redone = RedoneForms(tokens);
        keys.UnionWith(redone);
        var keyPrefixes = new HashSet<string>(keys.Where(k => k.Length > MinPrefix).SelectMany(PrefixesOf), StringComparer.Ordinal);
        var stems = new HashSet<string>(tokens.Select(t => Stemmer.Stem(t.Word)), StringComparer.Ordinal);
        var measures = MeasuresOf(tokens);
        string? words = null;
        Candidate? best = null;
        Candidate? bestOwn = null;
        Candidate? borrowed = null;
        foreach (var entry in Candidates(keys))
        {
            var rank = entry.Kind switch
            {
                MatchKind.Deliverable when scope.Owns(entry.PackageId) => 0,
                MatchKind.AddOn => 1,
                MatchKind.Deliverable when entry.PackageId!.StartsWith("retainer:", StringComparison.Ordinal) => -1, // another's retainer is no package to offer
                MatchKind.Deliverable when !scope.HasDeliverable(entry.Id) => 2,
                MatchKind.Deliverable => -1, // the same deliverable in another package: the client's own entry speaks for it
                _ => 3,
            };
            if (rank < 0)
            {
                continue;
            }

            // Things of the item named across its phrases: "put the tiles back and clean the gutter" names two of the roofer's.
            // So does a measure the item is sold by ("one of those 90-minute sit-downs" is the "90-minute team coaching session").
            var cover = anchored ? CountNamed(entry.Things, keys, keyPrefixes) + (measures.Count == 0 ? 0 : entry.Measures.Count(measures.Contains)) : 0;
            foreach (var phrase in entry.Phrases)
            {
                var exact = phrase.Required.Count(keys.Contains);
                var matched = phrase.Required.Count(k => Has(keys, keyPrefixes, k));
                var partial = exact < phrase.Required.Length;

                // A partial match must rest on a thing only this item names ("drone"), never on an activity ("build").
                if (matched == 0 || (partial && !phrase.Required.Any(k => Has(keys, keyPrefixes, k) && _entriesPerKey.GetValueOrDefault(k) == 1 &&
                                                                        !Lexicon.Generic.Contains(k) && !Lexicon.Activities.Contains(k) &&
                                                                        !(entry.Kind == MatchKind.Referral && _packageNameKeys.Contains(k)))))
                {
                    continue;
                }

                // "smells like a wet dog" names the kennel's own trade, not the trainer's "dog training".
                if (entry.Kind == MatchKind.Referral && phrase.Required.Where(k => Has(keys, keyPrefixes, k)).All(_tradeWords.Contains))
                {
                    continue;
                }

                // "Could you paint those two up so they sit with everything else on the set?": the act asked for is the
                // provider's own (their "scenic painting"); the set is only what it is done to, not the neighbour's "set construction".
                if (entry.Kind == MatchKind.Referral && !entry.Borrowed && IsOwnActOnTheirThing(tokens, keys, phrase))
                {
                    continue;
                }

                // A field's phrase is said as a phrase: "fine to sign" is not "She was fine about it … before she signs off".
                if (entry.Borrowed && !partial && phrase.Required.Length > 1 && !SaidTogether(tokens, phrase.Required))
                {
                    continue;
                }

                if (phrase.Exact is not null)
                {
                    words ??= Spelled(tokens);
                    if (!words.Contains(" " + phrase.Exact + " ", StringComparison.Ordinal) && !SplitPhrasalVerb(words, phrase.Exact))
                    {
                        continue;
                    }
                }

                if (anchored && !IsAnchored(tokens, phrase, topical: entry.Kind == MatchKind.Referral))
                {
                    continue;
                }

                var extra = phrase.All.Count(k => keys.Contains(k) && !Lexicon.Qualifiers.Contains(k) && !phrase.Required.Contains(k));

                // A report of a defect asks for a fix, whatever the broken thing is called.
                // The redone form names the act asked for ("draw it again"), above a thing only mentioned ("before next sitting").
                var specificity = matched + (keys.Contains(BugKey) && phrase.All.Contains(BugKey) ? 10 : 0) + (redone.Count > 0 && phrase.Required.Any(redone.Contains) ? 1 : 0);
                var candidate = new Candidate(entry, phrase, specificity, partial, extra + phrase.Surface.Count(stems.Contains), rank) { Cover = cover, TradeOnly = phrase.Required.Where(k => Has(keys, keyPrefixes, k)).All(_tradeWords.Contains) };
                if (entry.Borrowed)
                {
                    if (borrowed is null || candidate.IsBetterThan(borrowed))
                    {
                        borrowed = candidate;
                    }

                    continue;
                }

                if (best is null || candidate.IsBetterThan(best))
                {
                    best = candidate;
                }

                if (entry.Kind != MatchKind.Referral && (bestOwn is null || candidate.IsBetterThan(bestOwn)))
                {
                    bestOwn = candidate;
                }
            }
        }

        // A field's phrase said whole ("how I'm feeling") outweighs one word of an item only partly named ("sessions").
        // So does a phrase of two or more of its words said whole over one word of an item ("write the text for the about page").
        if (borrowed is not null && (best is null || (!borrowed.Partial && borrowed.Specificity >= 2 && (best.Partial || best.Specificity < borrowed.Specificity))))
        {
            best = borrowed;
        }

        if (best is { Entry.Kind: MatchKind.Referral } &&
            _providerExpertise.Any(p => p.Required.All(keys.Contains) && p.Required.Length >= best.Specificity && p.Required.Intersect(best.Phrase.Required).Any()))
        {
            // The provider does this themselves: not a referral case. Only the same thing counts: "a new logo in the same
            // style as the mural" is still the designer's logo, though the muralist's "mural design" is named too.
            best = bestOwn;
        }

        if (best is null)
        {
            return !anchored ? ScopeMatch.Nothing
                : MatchAppointment(tokens, scope) is { Kind: not MatchKind.None } appointment ? appointment
                : _parts.Match(keys, scope);
        }

        if (anchored && best.Entry.Kind == MatchKind.Deliverable && !scope.Owns(best.Entry.PackageId) && best.Phrase.Required.All(AppointmentKeys.Contains) &&
            MatchAppointment(tokens, scope) is { Kind: not MatchKind.None } ownAppointment)
        {
            // "Could you pop round this week?": a bare visit is the client's own kind of visit, not another package's
            // "follow-up visit" that the word alone also names.
            return ownAppointment;
        }

        var e = best.Entry;
        var strength = best.Partial ? 0 : best.Specificity;
        return e.Kind == MatchKind.Deliverable && !scope.Owns(e.PackageId)
            ? new ScopeMatch(MatchKind.Package, e.PackageId, e.Name, best.Phrase.Text) { DeliverableId = e.Id, Strength = strength }
            : new ScopeMatch(e.Kind, e.Id, e.Name, best.Phrase.Text) { Strength = strength };
    }

    /// <summary>
    /// Whether the text says all a match's phrase names: its things and, when it has one, its act or head ("club
    /// fitting" needs the fitting, not only the club).
    /// </summary>
    public static bool SaysWhole(ScopeMatch match, string text)
    {
        if (match.Strength == 0 || match.MatchedOn is not { } phraseText || ScopePhrase.From(phraseText, headOnly: false) is not { } phrase)
        {
            return false;
        }

        var acts = phrase.All.Except(phrase.Required).Where(k => !Lexicon.Qualifiers.Contains(k)).ToList();
        return acts.Count == 0 || Tokenizer.Tokenize(text).Any(t => acts.Contains(t.Key));
    }

    /// <summary>Whether the match is a package deliverable without a quantity in every package that has it.</summary>
    public bool IsUncounted(ScopeMatch match) =>
        match is { Kind: MatchKind.Deliverable, Id: { } id } && _uncounted.Contains(id) && !_counted.Contains(id);

    /// <summary>Whether the match is an uncounted support line: support that answers questions ("email support").</summary>
    public bool IsSupportLine(ScopeMatch match) => IsUncounted(match) && _supportLines.Contains(match.Id!);

    [GeneratedRegex(@"\b(?:support|advice|questions?|helpline|help\s+line)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SupportChannel();

    /// <summary>Whether what a match rests on is also a thing the book's own items or the provider's expertise name ("piano").</summary>
    public bool RestsOnOwnThing(ScopeMatch match) =>
        match.MatchedOn is { } text && ScopePhrase.From(text, headOnly: false) is { } phrase && phrase.Required.Any(_ownKeys.Contains);

    /// <summary>
    /// "Please can you fix it also when you are here?": with nothing named but a pointer, an activity that only one item of the book
    /// (a deliverable or an add-on) uses names that item. A weak match, as one word of the item.
    /// </summary>
    public ScopeMatch MatchOwnActivity(string text, MatchScope scope)
    {
        var items = Tokenizer.Tokenize(text).Where(t => !Lexicon.StopWords.Contains(t.Word) && Lexicon.Activities.Contains(t.Key))
            .Select(t => (t.Key, Items: _itemsPerActivity.GetValueOrDefault(t.Key)))
            .Where(a => a.Items is { Count: 1 })
            .Select(a => (a.Key, Item: a.Items!.First()))
            .DistinctBy(a => a.Item)
            .ToList();
        if (items.Count != 1 || items[0].Item.Kind is not (MatchKind.Deliverable or MatchKind.AddOn))
        {
            return ScopeMatch.Nothing;
        }

        var (key, (kind, id)) = items[0];
        var entry = _entries.Where(e => e.Kind == kind && e.Id == id).OrderBy(e => kind == MatchKind.Deliverable && scope.Owns(e.PackageId) ? 0 : 1).First();
        return kind == MatchKind.Deliverable && !scope.Owns(entry.PackageId)
            ? scope.HasDeliverable(id) ? ScopeMatch.Nothing : new ScopeMatch(MatchKind.Package, entry.PackageId, entry.Name, key) { DeliverableId = id, Strength = 0 }
            : new ScopeMatch(kind, id, entry.Name, key) { Strength = 0 };
    }

    /// <summary>The add-on on the menu that the text names, ignoring deliverables (for offers: "another call" → the extra-call add-on).</summary>
    public ScopeMatch MatchAddOn(string text, Package package) => MatchAddOn(text, MatchScope.Of(package));

    /// <summary>The add-on on the menu that the text names, for a client owning <paramref name="scope"/>.</summary>
    public ScopeMatch MatchAddOn(string text, MatchScope scope)
    {
        var onlyAddOns = LazyInitializer.EnsureInitialized(ref _addOnIndex, () => new ScopeIndex(this, MatchKind.AddOn));
        return onlyAddOns.Match(Tokenizer.Fold(text), scope, anchored: false);
    }

    /// <summary>
    /// The referral whose field the text names, its own words or those it borrows from its field, as if the book
    /// held nothing else: for the question a clause asks to be answered ("…and tell us whether we'd be paid out").
    /// The provider's own expertise still keeps what it covers.
    /// </summary>
    public ScopeMatch MatchReferral(string text, MatchScope scope)
    {
        var onlyReferrals = LazyInitializer.EnsureInitialized(ref _referralIndex, () => new ScopeIndex(this, MatchKind.Referral));
        return onlyReferrals.Match(Tokenizer.Fold(text), scope, anchored: false);
    }

    private ScopeIndex(ScopeIndex from, MatchKind kind)
    {
        _parts = from._parts;
        _entries.AddRange(from._entries.Where(e => e.Kind == kind));
        _providerExpertise.AddRange(from._providerExpertise);
        _tradeWords.UnionWith(from._tradeWords);
        foreach (var (key, count) in from._entriesPerKey)
        {
            _entriesPerKey[key] = count;
        }

        foreach (var (typo, word) in from._swappedLetters)
        {
            _swappedLetters[typo] = word;
        }
    }

    /// <summary>
    /// True when the phrase names what the clause is about, not a word around it: in "a slideshow of our
    /// photos" or "an expense policy" the thing asked for is the slideshow or the policy; in "a portrait
    /// session" a session is not a coaching call.
    /// </summary>
    private static bool IsAnchored(IReadOnlyList<Token> tokens, ScopePhrase phrase, bool topical)
    {
        var m = IndexOf(tokens, t => phrase.Required.Any(k => SameThing(k, t.Key)) && !Lexicon.StopWords.Contains(t.Word));
        if (m < 0 || tokens[m].Key == BugKey)
        {
            // A defect is said of its subject ("the form isn't working"), not asked for as an object.
            return true;
        }

        if (!topical && NamesATime(tokens, m))
        {
            // "Can the surveyor come again, before the installation?": the installation says when, not what.
            return false;
        }

        var before = m > 0 ? tokens[m - 1] : default;
        if (before.Word is not null && !before.Possessive && !topical && Stemmer.Stem(tokens[m].Word) != tokens[m].Key && IsThing(before) && !phrase.All.Contains(before.Key))
        {
            // Matched through a synonym while another thing qualifies it.
            return false;
        }

        var d = IndexOf(tokens, t => Determiners.Contains(t.Word));
        if (d < 0 || d > m)
        {
            return true;
        }

        if (!topical && m > d + 1 && tokens[m - 1].Word == "to" && !Lexicon.StopWords.Contains(tokens[m].Word))
        {
            // "Can you send the truck to pump out the tank?": the work is what the truck is sent to do.
            return true;
        }

        // The noun phrase after the determiner ends at the first stop word; its last thing is its head.
        var head = -1;
        var start = d + 1;
        for (var j = start; j < tokens.Count && j <= start + 4 && (!Lexicon.StopWords.Contains(tokens[j].Word) || Determiners.Contains(tokens[j].Word)); j++)
        {
            if (IsThing(tokens[j]) || j == m)
            {
                head = j;
            }

            // "a little piece of music": the thing is what the piece is of.
            if (j + 2 < tokens.Count && Partitives.Contains(tokens[j].Word) && tokens[j + 1].Word == "of" && j + 1 != m)
            {
                start = j + 2;
                j = j + 1;
            }
        }

        if (head < 0 || head == m || phrase.All.Contains(tokens[head].Key))
        {
            return true;
        }

        if (!topical && m > head + 1 && tokens[head + 1].Word == "for" && AppointmentKeys.Contains(tokens[head].Key))
        {
            // "the appointment for the next shoes", "a visit for new shoes": the work is what the appointment is for.
            return true;
        }

        // The phrase's word only qualifies another thing ("an expense policy") — though an area of expertise
        // names a topic however it is used ("a headshot session") — or sits in a prepositional phrase after
        // it ("a slideshow of our photos").
        return topical || (m > head && !(head + 1 < m && Prepositions.Contains(tokens[head + 1].Word)));
    }

    private static readonly HashSet<string> TimePrepositions = new(StringComparer.Ordinal) { "before", "after", "during", "until", "till" };

    // The matched word follows "before", "after", "during" or "until", directly or after a determiner or possessive.
    private static bool NamesATime(IReadOnlyList<Token> tokens, int m)
    {
        var j = m - 1;
        if (j >= 0 && (Determiners.Contains(tokens[j].Word) || tokens[j].Possessive))
        {
            j--;
        }

        return j >= 0 && TimePrepositions.Contains(tokens[j].Word);
    }

    /// <summary>
    /// "Draw this part again" asks for a redraw: with "again" in the text, a word also stands for its re- form
    /// when the book names that form (an alias "redraw", "rebook", "reprint").
    /// </summary>
    private List<string> RedoneForms(IReadOnlyList<Token> tokens)
    {
        if (!tokens.Any(t => t.Word == "again"))
        {
            return [];
        }

        var byKey = LazyInitializer.EnsureInitialized(ref _byKey, BuildKeyIndex);
        return [.. tokens.Where(t => t.Word.Length >= 3 && !Lexicon.StopWords.Contains(t.Word)).Select(t => Tokenizer.KeyOf("re" + t.Word)).Where(byKey.ContainsKey)];
    }

    /// <summary>Only the items that name one of the text's words (or a word it begins, or that begins it), in book order.</summary>
    private IEnumerable<Entry> Candidates(HashSet<string> keys)
    {
        var byKey = LazyInitializer.EnsureInitialized(ref _byKey, BuildKeyIndex);
        var found = new SortedSet<int>();
        foreach (var key in keys)
        {
            if (byKey.TryGetValue(key, out var entries))
            {
                found.UnionWith(entries);
            }

            foreach (var prefix in PrefixesOf(key))
            {
                if (byKey.TryGetValue(prefix, out var shorter))
                {
                    found.UnionWith(shorter);
                }
            }
        }

        return found.Select(i => _entries[i]);
    }

    private Dictionary<string, List<int>> BuildKeyIndex()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _entries.Count; i++)
        {
            foreach (var key in _entries[i].Phrases.SelectMany(p => p.Required).SelectMany(k => PrefixesOf(k).Append(k)).Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(i);
            }
        }

        return index;
    }

    /// <summary>A number with the unit after it ("90-minute", "3 pages"), as "90 minut": a size an item is sold by.</summary>
    private static HashSet<string> MeasuresOf(IReadOnlyList<Token> tokens)
    {
        HashSet<string>? measures = null;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Word.Length > 0 && char.IsDigit(tokens[i].Word[0]) && tokens[i].Word.All(char.IsDigit) && Lexicon.Qualifiers.Contains(tokens[i + 1].Key))
            {
                (measures ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[i].Word + " " + tokens[i + 1].Key);
            }
        }

        // Most asks name no size: one shared empty set, nothing allocated per match.
        return measures ?? NoMeasures;
    }

    private static readonly HashSet<string> NoMeasures = [];

    private static int CountNamed(string[] things, HashSet<string> keys, HashSet<string> keyPrefixes)
    {
        var count = 0;
        foreach (var thing in things)
        {
            if (Has(keys, keyPrefixes, thing))
            {
                count++;
            }
        }

        return count;
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Func<Token, bool> predicate)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (predicate(tokens[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Equal keys, or one a prefix of the other when both are long ("physio" and "physiotherapy").</summary>
    private static bool SameThing(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 5 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)) && !Lexicon.OnlyLooksLike(a, b));

    private const int MinPrefix = 5;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> Prefixes = new(StringComparer.Ordinal);

    /// <summary>The proper prefixes of a key that are long enough to stand for it.</summary>
    private static string[] PrefixesOf(string key) =>
        key.Length <= MinPrefix ? [] : Prefixes.GetOrAdd(key, k => Enumerable.Range(MinPrefix, k.Length - MinPrefix).Select(n => k[..n]).Where(p => !Lexicon.OnlyLooksLike(k, p)).ToArray());

    // Within about a clause of each other, in any order: "bring it level and put down a proper base … when the ground freezes"
    // still says "level the ground"; words two sentences apart do not.
    private static bool SaidTogether(IReadOnlyList<Token> tokens, string[] required)
    {
        var width = required.Length + 16;
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!IsOneOf(tokens[start].Key, required))
            {
                continue;
            }

            var end = Math.Min(tokens.Count, start + width);
            if (required.All(k => Enumerable.Range(start, end - start).Any(i => SameKey(tokens[i].Key, k))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(string key, string[] required) => required.Any(k => SameKey(key, k));

    private static bool SameKey(string key, string wanted) =>
        key == wanted || (((wanted.Length >= MinPrefix && key.StartsWith(wanted, StringComparison.Ordinal)) || (key.Length >= MinPrefix && wanted.StartsWith(key, StringComparison.Ordinal))) &&
                          !Lexicon.OnlyLooksLike(key, wanted));

    /// <summary>The text has the key, or a word that it begins or that begins it (see <see cref="SameThing"/>), without scanning every word.</summary>
    private static bool Has(HashSet<string> keys, HashSet<string> keyPrefixes, string key) =>
        keys.Contains(key) || (key.Length >= MinPrefix && (keyPrefixes.Contains(key) || PrefixesOf(key).Any(keys.Contains)));

    // The words of a name ("Party Day Hire", "Crumb & Co Party Catering") as keys, small words left out.
    private static IEnumerable<string> NameKeys(string name) => Tokenizer.Tokenize(name).Where(t => !Lexicon.StopWords.Contains(t.Word)).Select(t => t.Key);

    /// <summary>
    /// A phrasal verb written with its object inside: "let it out", "take the waist in" are the book's "let out",
    /// "take in". Only a short object (a pronoun, or a determiner and a word or two) may stand between; "before I pick
    /// it up" is the client's own doing.
    /// </summary>
    private static bool SplitPhrasalVerb(string words, string exact) =>
        exact.Split(' ') is [var verb, var particle] && Particles.Contains(particle) &&
        Regex.IsMatch(words, $@"(?<! (?:i|we|i'll|we'll|i'd|we'd)) {Regex.Escape(verb)} (?:it|them|this|that|these|those|him|her|(?:the|my|his|her|their|our|your|a|an)(?: [\w'-]+){{1,2}}) {Regex.Escape(particle)} ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly HashSet<string> Particles = new(["out", "in", "up", "down", "off", "back", "over"], StringComparer.Ordinal);

    // The words as written, space-padded, for finding a phrase that must appear whole (" real camera ").
    private static string Spelled(IEnumerable<Token> tokens) => " " + string.Join(' ', tokens.Select(t => t.Word)) + " ";

    private static bool IsThing(Token t) => ObjectWords.IsConcrete(t) && !Lexicon.Activities.Contains(t.Key);

    private static List<ScopePhrase> Phrases(string name, IEnumerable<string> aliases, string id, bool surcharge = false)
    {
        // The id is a name for machines; it stands in for aliases only when the book gives none.
        var given = aliases.ToList();
        var list = new List<ScopePhrase?> { ScopePhrase.From(name, headOnly: true, surcharge: surcharge) };
        list.AddRange(given.Count > 0 ? given.Select(a => ScopePhrase.From(a, headOnly: false, surcharge: surcharge)) : [ScopePhrase.From(id, headOnly: false, surcharge: surcharge)]);
        return list.OfType<ScopePhrase>().ToList();
    }

    private void Add(MatchKind kind, string? packageId, string id, string name, List<ScopePhrase> phrases) =>
        _entries.Add(new Entry(kind, packageId, id, name, phrases));

    private sealed record Entry(MatchKind Kind, string? PackageId, string Id, string Name, List<ScopePhrase> Phrases)
    {
        /// <summary>Words of the referral's field, not of the book (<see cref="BorrowFieldWords"/>): they decide only when nothing else matched.</summary>
        public bool Borrowed { get; init; }

        /// <summary>The item's things over all its phrases, once: what its cover of an ask is counted on.</summary>
        public string[] Things { get; } = [.. Phrases.SelectMany(p => p.Required).Distinct(StringComparer.Ordinal)
            .Where(k => !Lexicon.Generic.Contains(k) && !Lexicon.Activities.Contains(k))];

        /// <summary>The sizes the item is named with ("90-minute"), over its name and phrases.</summary>
        public HashSet<string> Measures { get; } = [.. Phrases.Select(p => p.Text).Prepend(Name).SelectMany(t => MeasuresOf(Tokenizer.Tokenize(t)))];
    }

    private sealed record Candidate(Entry Entry, ScopePhrase Phrase, int Specificity, bool Partial, int Extra, int Rank)
    {
        /// <summary>How many of the item's things the text names, over all its phrases.</summary>
        public int Cover { get; init; }

        /// <summary>
        /// Named only by words the provider's whole trade is about ("bow" for a bow rehairer): every ask says them, so a
        /// thing of one item said beside them ("fix these two things on the frog") names the item better.
        /// </summary>
        public bool TradeOnly { get; init; }

        // More of the item's things first; then fullness and the ask's other words; then a thing beyond the trade's own
        // word ("the frog" beside "the bow"); then the client's own package.
        public bool IsBetterThan(Candidate other) =>
            Specificity != other.Specificity ? Specificity > other.Specificity
            : Cover != other.Cover ? Cover > other.Cover
            : Support != other.Support ? Support > other.Support
            : TradeOnly != other.TradeOnly ? !TradeOnly
            : Rank != other.Rank ? Rank < other.Rank
            : !Partial && other.Partial;

        private int Support => Extra + (Partial ? 0 : 1);
    }
}
