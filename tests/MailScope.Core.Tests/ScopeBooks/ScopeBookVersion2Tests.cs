using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.ScopeBooks;

/// <summary>Scope book version 2 (contract docs/engagements.md): the new fields load, and a wrong one is named by file, line and field.</summary>
public class ScopeBookVersion2Tests
{
    [Fact]
    public void Loads_the_version_2_example_with_every_new_field()
    {
        var book = ScopeBookLoader.LoadFile(RepoPaths.Of("tests", "MailScope.Core.Tests", "ScopeBooks", "books", "engagements-example.yaml"));

        var kickstart = book.Packages[0];
        Assert.Equal("Four coaching calls and a resume review over three months", kickstart.Description);
        Assert.Equal(["cover letters", "logo design"], kickstart.Excludes);
        Assert.Equal(QuantityPeriod.Engagement, kickstart.Deliverables[0].Per);
        var retainer = Assert.Single(book.Retainers);
        Assert.Equal(["short-call", "email-support"], retainer.Deliverables.Select(d => d.Id));
        Assert.Equal((2, QuantityPeriod.Month), (retainer.Deliverables[0].Quantity, retainer.Deliverables[0].Per));
        Assert.Equal(["call", "catch-up"], retainer.Deliverables[0].Aliases);

        var alex = book.Clients[0];
        Assert.Equal(["kickstart", "linkedin-boost"], alex.PackageIds);
        Assert.Equal("kickstart", alex.PackageId);
        Assert.Equal("maintenance", alex.RetainerId);
        Assert.Equal(new DateOnly(2026, 12, 1), alex.RetainerStart);
        Assert.Equal(new DateOnly(2026, 11, 20), alex.UsedAsOf);
        Assert.Equal(new DateOnly(2026, 11, 20), alex.UsageSince);

        var jo = book.Clients[1];
        Assert.Empty(jo.PackageIds);
        Assert.Equal(string.Empty, jo.PackageId);
        Assert.Equal("maintenance", jo.RetainerId);
        Assert.Null(jo.UsageSince);
    }

    [Fact]
    public void A_version_1_client_reads_as_one_package_no_retainer_and_usage_from_its_start()
    {
        var book = ScopeBookLoader.LoadFile(RepoPaths.Of("tests", "MailScope.Core.Tests", "ScopeBooks", "books", "contract-example.yaml"));

        var alex = Assert.Single(book.Clients);
        Assert.Equal([alex.PackageId], alex.PackageIds);
        Assert.Null(alex.RetainerId);
        Assert.Null(alex.UsedAsOf);
        Assert.Equal(alex.Start, alex.UsageSince);
        Assert.All(book.Packages.SelectMany(p => p.Deliverables), d => Assert.Equal(QuantityPeriod.Engagement, d.Per));
        Assert.All(book.Packages, p => Assert.Empty(p.Excludes));
        Assert.All(book.Retainers, r => Assert.Empty(r.Deliverables));
    }

    [Theory]
    [InlineData("      - { id: short-call, name: Call, quantity: 2, per: fortnight }\nclients:\n  - { id: a, emails: [a@x.example], package: kickstart }\n", 15, "retainers[0].deliverables[0].per", "expected engagement, month or week, got 'fortnight'")]
    [InlineData("      - { id: short-call, name: Call }\nclients:\n  - id: a\n    emails: [a@x.example]\n    retainer: care\n    retainer_start: soon\n", 20, "clients[0].retainer_start", "YYYY-MM-DD, got 'soon'")]
    [InlineData("      - { id: short-call, name: Call }\nclients:\n  - id: a\n    emails: [a@x.example]\n    package: 5\n", 19, "clients[0].package", "expected a package id or a list of package ids, got the number 5")]
    [InlineData("      - { id: short-call, name: Call }\nclients:\n  - id: a\n    emails: [a@x.example]\n    package: kickstart\n    used_as_of: last week\n", 20, "clients[0].used_as_of", "YYYY-MM-DD, got 'last week'")]
    [InlineData("      - { id: short-call, name: Call }\nclients:\n  - id: a\n    emails: [a@x.example]\n    package: [kickstart, nope]\n", 19, "clients[0].package", "'nope' is not a package id")]
    [InlineData("      - { id: short-call, name: Call }\nclients:\n  - id: a\n    emails: [a@x.example]\n    retainer: gold\n", 19, "clients[0].retainer", "'gold' is not a retainer id (known: care)")]
    [InlineData("      - { id: short-call, name: Call }\nclients:\n  - id: a\n    emails: [a@x.example]\n", 17, "clients[0].package", "is required (a package id, a list of them, or a retainer)")]
    [InlineData("      - { id: short-call, name: Call }\nclients:\n  - id: a\n    emails: [a@x.example]\n    package: kickstart\n    used: { short-call: 1 }\n", 20, "clients[0].used.short-call", "not a deliverable of package 'kickstart'")]
    [InlineData("      - { id: short-call, name: Call, per: [month] }\nclients:\n  - { id: a, emails: [a@x.example], package: kickstart }\n", 15, "retainers[0].deliverables[0].per", "expected engagement, month or week, got 'a list'")]
    public void Refuses_a_wrong_version_2_field_naming_file_line_and_field(string tail, int line, string field, string message)
    {
        var ex = Assert.Throws<ScopeBookException>(() => ScopeBookLoader.Load(Base + tail, "book.yaml"));

        var error = Assert.Single(ex.Errors, e => e.Field == field);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"book.yaml:{line}:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_retainer_deliverable_may_carry_a_used_balance()
    {
        var book = ScopeBookLoader.Load(Base + "      - { id: short-call, name: Call, quantity: 2, per: month }\nclients:\n  - { id: a, emails: [a@x.example], retainer: care, used: { short-call: 1 } }\n", "book.yaml");

        Assert.Equal(1, Assert.Single(book.Clients).UsedOf("short-call"));
    }

    private const string Base = """
        provider: { name: P, email: p@p.example, currency: USD }
        packages:
          - id: kickstart
            name: Kickstart
            price: 900
            excludes: [cover letters]
            deliverables:
              - { id: coaching-call, name: Coaching call, quantity: 4, per: week }
        retainers:
          - id: care
            name: Care
            monthly_price: 100
            allowance: Two calls a month
            deliverables:

        """;
}
