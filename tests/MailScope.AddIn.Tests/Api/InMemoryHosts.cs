namespace MailScope.AddIn.Tests.Api;

/// <summary>
/// The test classes that start the add-in host in this process run one after another: Hangfire keeps its log
/// provider in a process-wide static, set from each host's logger factory, so one host stopping while another
/// still serves requests left the other logging through a disposed factory (a 500 from the webhook or the
/// Hangfire dashboard, now and then). One host per process, as in production, never meets it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class InMemoryHosts
{
    public const string Name = "In-memory add-in hosts";
}
