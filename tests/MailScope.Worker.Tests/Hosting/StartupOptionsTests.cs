using MailScope.Infrastructure.Configuration;
using MailScope.Infrastructure.Hosting;
using MailScope.Infrastructure.Time;
using MailScope.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MailScope.Worker.Tests.Hosting;

/// <summary>Options bound and validated at start, errors that name their key, and the demo's fixed day kept to the demo.</summary>
public sealed class StartupOptionsTests
{
    [Fact]
    public void A_real_scope_book_is_judged_on_the_real_day_even_with_no_mailbox()
    {
        var withBook = new MailScopeOptions { ScopeBook = "my-book.yaml" };
        var demo = new MailScopeOptions();

        SampleBook.ApplyTo(withBook);
        SampleBook.ApplyTo(demo);

        Assert.Null(withBook.Today);
        Assert.Equal("my-book.yaml", withBook.ScopeBook);
        Assert.Equal(SampleBook.Date, demo.Today);
        Assert.EndsWith("scope-book.yaml", demo.ScopeBook, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_fixed_date_the_clock_is_the_system_clock_and_with_one_it_stays_on_that_day()
    {
        using var real = Build([$"--MailScope:ScopeBook={RepoPaths.Of("samples", "scope-book.yaml")}", "--MailScope:Mailboxes:0:Name=a", "--MailScope:Mailboxes:0:Kind=Maildir"]);
        using var fixedDay = Build(["--MailScope:Today=2026-11-27"]);

        Assert.Same(TimeProvider.System, real.Services.GetRequiredService<TimeProvider>());
        Assert.Equal(new DateOnly(2026, 11, 27), fixedDay.Services.GetRequiredService<TimeProvider>().Today());
    }

    [Theory]
    [InlineData("--MailScope:Mailboxes:0:Kind=Maildir", "MailScope:Mailboxes:0:Name is not set")]
    [InlineData("--MailScope:Mailboxes:0:Name=a|--MailScope:Mailboxes:0:BatchSize=0", "MailScope:Mailboxes:0: SyncMinutes and BatchSize must be at least 1")]
    [InlineData("--MailScope:Mailboxes:0:Name=a|--MailScope:Mailboxes:0:Kind=Pop3", "MailScope:Mailboxes:0:Kind: 'Pop3' is not one of")]
    [InlineData("--MailScope:Mailboxes:0:Name=a|--MailScope:Mailboxes:0:SyncMinutes=soon", "MailScope:Mailboxes:0:SyncMinutes")]
    [InlineData("--MailScope:Storage:Provider=PostgreSql", "MailScope:Storage:ConnectionString is required")]
    [InlineData("--MailScope:ScopeBook=/nonexistent/book.yaml", "/nonexistent/book.yaml")]
    public void A_broken_configuration_is_one_clear_line_naming_the_key(string args, string expected)
    {
        using var host = Build(args.Split('|'));

        var problem = MailScopeStartup.Check(host.Services);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_configuration_passes_the_check()
    {
        using var host = Build([$"--MailScope:ScopeBook={RepoPaths.Of("samples", "scope-book.yaml")}"]);

        Assert.Null(MailScopeStartup.Check(host.Services));
    }

    [Fact]
    public void Registering_the_services_reads_no_file()
    {
        // A missing book is an error at the start-up check, never while services are registered.
        var builder = WorkerHost.CreateBuilder(["--MailScope:ScopeBook=/nonexistent/book.yaml"]);

        using var host = builder.Build();

        Assert.NotNull(MailScopeStartup.Check(host.Services));
    }

    private static IHost Build(string[] args) => WorkerHost.CreateBuilder(args).Build();
}
