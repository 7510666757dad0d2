using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace SocialCrm.Tests.Shared;

/// <summary>
/// Free TCP ports on 127.0.0.1 for servers a test starts, and a start-up that survives losing its port: a port free when
/// chosen can be taken by another process before the server binds it (CI runs many test classes at once), so a start that
/// reports its port taken is tried again on another.
/// </summary>
public static class FreePort
{
    /// <summary>How many ports a start-up tries before it gives up; each loss needs another process to win a race.</summary>
    public const int Attempts = 5;

    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs <paramref name="start"/> on a free port, again on a new one while it fails with the port taken.</summary>
    public static Task<T> StartAsync<T>(Func<int, Task<T>> start) => StartAsync(start, Next);

    /// <param name="choose">Where the ports come from (<see cref="Next"/>; a test gives a taken one first).</param>
    public static async Task<T> StartAsync<T>(Func<int, Task<T>> start, Func<int> choose)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await start(choose());
            }
            catch (Exception e) when (attempt < Attempts && IsTaken(e))
            {
            }
        }
    }

    /// <summary>
    /// Whether a start-up failed because its port was in use: Kestrel reports it as an IOException over an
    /// AddressInUseException over the SocketException; a rig that reads it from a child process's output throws
    /// <see cref="PortTakenException"/>.
    /// </summary>
    public static bool IsTaken(Exception failure)
    {
        for (Exception? e = failure; e != null; e = e.InnerException)
        {
            if (e is PortTakenException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A server a test started as a process said a port it was given is in use.</summary>
public sealed class PortTakenException(string message) : Exception(message);
