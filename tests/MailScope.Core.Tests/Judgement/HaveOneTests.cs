using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>"…you can give a baby scale for borrow. Can I have one for two weeks?": "have one" points at the thing named before (read from batch 64).</summary>
public class HaveOneTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: CAD }
        packages:
          - id: pack
            name: Essentials
            price: 1
            deliverables:
              - { id: visit, name: Home visit, quantity: 1, unit: visit, aliases: [home visit] }
              - { id: text, name: Text message support, aliases: [text support] }
        addons:
          - { id: scale, name: Baby scale rental (per week), price: 25, aliases: [baby scale, scale rental] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: pack }
        """, "book.yaml");

    [Theory]
    [InlineData("My sister say you can give a baby scale for borrow. Can I have one for two weeks?")]
    [InlineData("A friend said you rent out baby scales. Could we borrow one?")]
    public void Having_one_of_the_thing_named_before_asks_for_it(string text) =>
        Assert.Equal(Verdict.OutOfScope, ClientMail.Judge(Book, text).Verdict);

    [Fact]
    public void Having_one_question_names_its_own_thing() =>
        Assert.NotEqual(Verdict.OutOfScope, ClientMail.Judge(Book, "My sister has a baby scale. Can I have one question answered by text?").Verdict);
}
