using System.Net;
using System.Net.Sockets;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>A TCP port on 127.0.0.1 nobody listens on right now, for a server a test starts as a process.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
