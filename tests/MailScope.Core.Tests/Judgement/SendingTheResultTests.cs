using MailScope.Core.Judgement;
using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.Judgement;

/// <summary>"Could you make those two changes and send us fresh files?": sending back the result is part of the work asked, not a question about files (read from held-out batch 63).</summary>
public class SendingTheResultTests
{
    private static readonly ScopeBook Book = ScopeBookLoader.Load("""
        provider: { name: P, email: p@example.com, currency: USD }
        packages:
          - id: pack
            name: Cover Pack
            price: 1
            deliverables:
              - { id: revision, name: Revision round, quantity: 2, unit: round, aliases: [revision, round of changes] }
              - { id: support, name: Email support, aliases: [file question, upload help] }
        clients:
          - { id: c, name: C, emails: [c@example.com], package: pack, used: { revision: 2 } }
        """, "book.yaml");

    [Theory]
    [InlineData("Could you make those two changes and send us fresh files?")]
    [InlineData("Could you make those changes and then email me the updated PDF?")]
    [InlineData("Can you make the changes and send them back to us?")]
    public void Sending_back_the_changed_work_is_part_of_the_change(string text) =>
        Assert.Equal(Verdict.OverQuota, ClientMail.Judge(Book, text).Verdict);

    [Fact]
    public void A_question_about_the_files_alone_is_support() =>
        Assert.Equal(Verdict.InScope, ClientMail.Judge(Book, "Quick file question: which of the files do I upload to the printer?").Verdict);
}
