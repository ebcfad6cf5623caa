using System.Net;
using System.Net.Sockets;

namespace MailScope.Tooling;

/// <summary>A TCP port on loopback that nothing listens on at this moment, for servers the tests and benches start.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
