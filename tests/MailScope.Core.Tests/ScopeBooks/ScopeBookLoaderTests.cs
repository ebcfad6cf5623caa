using MailScope.Core.ScopeBooks;

namespace MailScope.Core.Tests.ScopeBooks;

public class ScopeBookLoaderTests
{
    private static string Book(string name) => Path.Combine(RepoPaths.Of("tests", "MailScope.Core.Tests", "ScopeBooks", "books"), name);

    [Fact]
    public void Loads_the_contract_example_exactly_as_written()
    {
        var book = ScopeBookLoader.LoadFile(Book("contract-example.yaml"));

        Assert.Equal("Reyes Career Coaching", book.Provider.Name);
        Assert.Equal("USD", book.Provider.Currency);
        Assert.Equal(150m, book.Provider.HourlyRate);
        Assert.Equal(["career coaching", "interview preparation", "resume writing"], book.Provider.Expertise);
        Assert.Equal("Sam Patel", Assert.Single(book.Provider.Referrals).Name);
        Assert.Equal(["kickstart", "accelerator"], book.Packages.Select(p => p.Id));
        var call = book.Packages[0].Deliverables[0];
        Assert.Equal(("coaching-call", 4, "call"), (call.Id, call.Quantity, call.Unit));
        Assert.Equal(["call", "session", "zoom", "coaching session"], call.Aliases);
        Assert.Null(book.Packages[0].Deliverables[2].Quantity);
        Assert.Equal(4, book.Packages[1].Deliverables.Count);
        Assert.Equal(["extra-call", "cover-letter"], book.AddOns.Select(a => a.Id));
        Assert.Equal(300m, Assert.Single(book.Retainers).MonthlyPrice);
        var alex = Assert.Single(book.Clients);
        Assert.Equal(["alex.kim@example.com"], alex.Emails);
        Assert.Equal(["kim-family.example"], alex.Domains);
        Assert.Equal(new DateOnly(2026, 12, 31), alex.End);
        Assert.Equal(4, alex.UsedOf("coaching-call"));
        Assert.Equal(0, alex.UsedOf("email-support"));
    }

    [Fact]
    public void Loads_the_shipped_sample()
    {
        var book = ScopeBookLoader.LoadFile(RepoPaths.Of("samples", "scope-book.yaml"));
        Assert.Equal(3, book.Clients.Count);
        Assert.Equal(10m, book.Provider.ExistingClientDiscount);
    }

    [Theory]
    [InlineData("provider: [unclosed\n", 2, "(yaml)", "not valid YAML")]
    [InlineData("clients:\n  - id: a\n    emails: [a@x.example]\n    package: nope\n", 4, "clients[0].package", "'nope' is not a package id")]
    [InlineData("clients:\n  - id: a\n    package: kickstart\n", 2, "clients[0].emails", "at least one address")]
    [InlineData("clients:\n  - id: a\n    emails: [a@x.example]\n    package: kickstart\n    used: { coaching-calls: 2 }\n", 5, "clients[0].used.coaching-calls", "not a deliverable of package 'kickstart'")]
    [InlineData("clients:\n  - id: a\n    emails: [a@x.example]\n    package: kickstart\n  - id: a\n    emails: [b@x.example]\n    package: kickstart\n", 5, "clients[1].id", "duplicate client id 'a'")]
    [InlineData("addons:\n  - { id: x, name: X, price: -5 }\n", 2, "addons[0].price", "must not be negative")]
    [InlineData("addons:\n  - { id: x, name: X, price: ten }\n", 2, "addons[0].price", "expected a number")]
    [InlineData("clients:\n  - id: a\n    emails: [not-an-address]\n    package: kickstart\n", 3, "clients[0].emails[0]", "not an email address")]
    [InlineData("clients:\n  - id: a\n    emails: [a@x.example]\n    package: kickstart\n    start: 2026-13-01\n", 5, "clients[0].start", "YYYY-MM-DD")]
    public void Refuses_a_book_that_breaks_a_rule_naming_file_line_and_field(string tail, int line, string field, string message)
    {
        var yaml = Base + tail;
        var ex = Assert.Throws<ScopeBookException>(() => ScopeBookLoader.Load(yaml, "book.yaml"));

        var error = Assert.Single(ex.Errors, e => e.Field == field);
        Assert.Equal("book.yaml", error.File);
        Assert.Equal(line + BaseLines, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"book.yaml:{line + BaseLines}:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_duplicate_package_and_deliverable_ids()
    {
        const string yaml = """
            provider: { name: P, email: p@p.example, currency: EUR }
            packages:
              - id: basic
                name: Basic
                price: 100
                deliverables:
                  - { id: call, name: Call }
                  - { id: call, name: Another call }
              - id: basic
                name: Basic again
                price: 200
                deliverables: [{ id: x, name: X }]
            """;
        var ex = Assert.Throws<ScopeBookException>(() => ScopeBookLoader.Load(yaml, "b.yaml"));

        Assert.Contains(ex.Errors, e => e.Field == "packages[0].deliverables[1].id" && e.Line == 8);
        Assert.Contains(ex.Errors, e => e.Field == "packages[1].id" && e.Line == 9);
    }

    [Fact]
    public void Reports_every_problem_at_once_and_loads_nothing()
    {
        const string yaml = """
            provider: { name: P, email: nobody, currency: dollars }
            packages: []
            """;
        var ex = Assert.Throws<ScopeBookException>(() => ScopeBookLoader.Load(yaml, "b.yaml"));

        Assert.Equal(["provider.email", "provider.currency", "packages"], ex.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var ex = Assert.Throws<ScopeBookException>(() => ScopeBookLoader.LoadFile("/nonexistent/book.yaml"));
        Assert.Equal("/nonexistent/book.yaml", Assert.Single(ex.Errors).File);
    }

    [Fact]
    public void Unknown_fields_are_warnings_not_refusals()
    {
        var warnings = new List<ScopeBookError>();
        var book = ScopeBookLoader.Load(Base + "notes: anything\n", "b.yaml", warnings);

        Assert.Equal("kickstart", Assert.Single(book.Packages).Id);
        Assert.Equal("notes", Assert.Single(warnings).Field);
    }

    private const int BaseLines = 8;

    private const string Base = """
        provider: { name: P, email: p@p.example, currency: USD }
        packages:
          - id: kickstart
            name: Kickstart
            price: 900
            deliverables:
              - { id: coaching-call, name: Coaching call, quantity: 4 }
              - { id: resume-review, name: Resume review, quantity: 1 }

        """;
}
