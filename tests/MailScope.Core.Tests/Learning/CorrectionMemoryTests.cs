using MailScope.Core.Judgement;
using MailScope.Core.Learning;
using MailScope.Core.Matching;

namespace MailScope.Core.Tests.Learning;

/// <summary>The user's corrections decide asks like the corrected ones, and nothing else.</summary>
public class CorrectionMemoryTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static MessageJudgement Judged(string client, params (string Text, Verdict Verdict)[] asks) => new(
        client, asks.Max(a => a.Verdict), [.. asks.Select(a => new RequestJudgement(a.Text, a.Verdict, ScopeMatch.Nothing, "could you", "rule", 1))], "rule");

    [Fact]
    public void A_not_creep_correction_unflags_a_reworded_ask_of_the_same_kind()
    {
        var memory = new CorrectionMemory([new Correction("Could you tweak the seating chart colours again?", Verdict.InScope, null, "ana", At, "dismissed")]);

        var judged = memory.Apply(Judged("ana", ("Can you tweak the colours on the seating chart once more?", Verdict.OutOfScope)));

        Assert.Equal(Verdict.InScope, judged.Verdict);
        Assert.False(judged.Flagged);
        Assert.Contains("You judged a similar ask in_scope", judged.Requests[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unrelated_ask_keeps_its_verdict_and_the_message_its_strongest()
    {
        var memory = new CorrectionMemory([new Correction("Could you tweak the seating chart colours again?", Verdict.InScope, null, "ana", At, "dismissed")]);
        var original = Judged("ana", ("Could you also design our wedding website?", Verdict.OutOfScope), ("Can we meet on Friday?", Verdict.InScope));

        var judged = memory.Apply(original);

        Assert.Same(original, judged);
        Assert.Equal(Verdict.OutOfScope, judged.Verdict);
    }

    [Fact]
    public void The_same_clients_correction_wins_over_another_clients()
    {
        var memory = new CorrectionMemory([
            new Correction("Could you print the table numbers for us?", Verdict.OutOfScope, "printing", "ben", At, "addin"),
            new Correction("Could you print the table numbers for us?", Verdict.InScope, null, "ana", At.AddDays(-1), "addin")]);

        Assert.Equal(Verdict.InScope, memory.Apply(Judged("ana", ("Could you print the table numbers?", Verdict.OutOfScope))).Verdict);
        Assert.Equal(Verdict.OutOfScope, memory.Apply(Judged("ben", ("Could you print the table numbers?", Verdict.InScope))).Verdict);
    }

    [Theory]
    [InlineData("Could you do something like that for us?", "Is this enough for you or you need something more from us?")] // a pointer names nothing
    [InlineData("Would you be able to swap the glass in those three for us before then?", "Could you redraw it with those two changes before you start cutting glass?")] // one thing of several
    [InlineData("Would you be able to swap the glass in those three for us before then?", "Can you change them with glass that look the same, so nobody see the difference?")]
    [InlineData("can you pop me down for the 8am flow on Saturday?", "Can you book me in for the next one?")]
    [InlineData("Tell me the price by hour.", "Can you tell me if you can do it and the price?")] // money-words.txt: the price names no work
    public void Asks_that_share_no_named_thing_whole_are_not_alike(string corrected, string later)
    {
        var memory = new CorrectionMemory([new Correction(corrected, Verdict.OutsideExpertise, null, "ana", At, "addin")]);
        var original = Judged("ana", (later, Verdict.InScope));

        Assert.Same(original, memory.Apply(original));
    }

    [Fact]
    public void With_no_corrections_nothing_changes()
    {
        var original = Judged("ana", ("Could you also design our wedding website?", Verdict.OutOfScope));

        Assert.Same(original, new CorrectionMemory([]).Apply(original));
    }

    [Fact]
    public void With_an_embedder_a_correction_carries_over_to_an_ask_in_other_words_and_without_one_it_does_not()
    {
        // No content word in common; the fake embedder knows the two phrasings mean the same.
        var concepts = new Dictionary<string, string> { ["redo"] = "revise", ["tweak"] = "revise", ["plan"] = "chart", ["seating"] = "chart", ["colours"] = "colour", ["hues"] = "colour" };
        var correction = new Correction("Could you tweak the seating colours again?", Verdict.InScope, null, "ana", At, "dismissed");
        var reworded = Judged("ana", ("Can you redo the plan hues?", Verdict.OutOfScope));

        Assert.Equal(Verdict.OutOfScope, new CorrectionMemory([correction]).Apply(reworded).Verdict);
        var embedder = new Matching.ConceptEmbedder(concepts);
        Assert.Equal(Verdict.InScope, new CorrectionMemory([correction], embedder: embedder).Apply(reworded).Verdict);
        // An unrelated ask stays as judged with the embedder too.
        var other = Judged("ana", ("Could you also design our wedding website?", Verdict.OutOfScope));
        Assert.Same(other, new CorrectionMemory([correction], embedder: embedder).Apply(other));
    }
}
