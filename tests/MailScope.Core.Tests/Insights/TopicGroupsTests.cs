using MailScope.Core.Insights;

namespace MailScope.Core.Tests.Insights;

/// <summary>Unmatched asks are grouped by meaning (stems and synonyms of Core/Language), not by exact words.</summary>
public sealed class TopicGroupsTests
{
    [Fact]
    public void Two_wordings_of_the_same_extra_are_one_group_labelled_with_the_words_they_share()
    {
        var groups = new TopicGroups();
        string[] asks = ["Can you help me edit the intro video for my podcast as well?", "Could you also edit my podcast intro clip?", "Could you build me a personal website?"];

        var ids = asks.Select(a => groups.Add(AskTopic.KeyOf(a), a)).ToList();

        Assert.Equal(ids[0], ids[1]); // "clip" is a synonym of "video"
        Assert.NotEqual(ids[0], ids[2]);
        Assert.Equal("intro video podcast", groups.LabelOf(ids[0]));
        Assert.Equal("website", groups.LabelOf(ids[2])); // "personal" qualifies, it names nothing
    }

    [Fact]
    public void Synonyms_and_plural_forms_give_the_same_topic_and_activity_words_are_left_out()
    {
        Assert.Equal(AskTopic.KeyOf("Could you review my CV?"), AskTopic.KeyOf("Can you check my resume?"));
        Assert.Equal(AskTopic.KeyOf("Can you make two more photos?"), AskTopic.KeyOf("Could you shoot another photo?"));
        Assert.Equal(string.Empty, AskTopic.KeyOf("Could you help with that?"));
    }

    [Fact]
    public void An_ask_naming_nothing_joins_no_group()
    {
        var groups = new TopicGroups();
        var first = groups.Add(AskTopic.KeyOf("Could you help with that?"), "Could you help with that?");
        var second = groups.Add(AskTopic.KeyOf("Could you design a poster?"), "Could you design a poster?");
        var third = groups.Add(AskTopic.KeyOf("Can you do this too?"), "Can you do this too?");

        Assert.NotEqual(first, second);
        Assert.Equal("other requests", groups.LabelOf(first));
        Assert.Equal(first, third); // the same empty key: one "other requests" group
    }
}
