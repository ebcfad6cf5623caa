using MailScope.Core.Language;

namespace MailScope.Core.Tests.Language;

/// <summary>The suffix stripper: forms of one word meet, different words do not (read from held-out batch 106).</summary>
public class StemmerTests
{
    [Theory]
    [InlineData("running", "run")]
    [InlineData("stirring", "stir")]
    [InlineData("sessions", "session")]
    [InlineData("designing", "design")]
    public void Forms_of_one_word_meet(string form, string word) =>
        Assert.Equal(Stemmer.Stem(word), Stemmer.Stem(form));

    [Theory]
    [InlineData("earrings", "ears")]
    [InlineData("earring", "ear")]
    public void A_word_ending_in_ring_does_not_meet_the_word_before_it(string word, string other) =>
        Assert.NotEqual(Stemmer.Stem(other), Stemmer.Stem(word));
}
