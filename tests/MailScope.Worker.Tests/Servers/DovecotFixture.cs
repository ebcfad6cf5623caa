using MailScope.Tooling.Servers;

namespace MailScope.Worker.Tests.Servers;

/// <summary>The shared <see cref="DovecotServer"/>, started once for every test in the collection.</summary>
public sealed class DovecotFixture : DovecotServer, IAsyncLifetime;

[CollectionDefinition(Name)]
public sealed class DovecotServers : ICollectionFixture<DovecotFixture>
{
    public const string Name = "Dovecot";
}
