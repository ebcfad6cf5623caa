using MailScope.Tooling.Servers;

namespace MailScope.Worker.Tests.Servers;

/// <summary>The shared <see cref="PostgresCluster"/>, started once per test class that asks for it.</summary>
public sealed class PostgresServer : PostgresCluster, IAsyncLifetime;
