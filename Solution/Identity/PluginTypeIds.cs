using System;
using System.Security.Cryptography;
using System.Text;

namespace SocialCrm.Solution.Identity;

/// <summary>
/// The fixed id of a plug-in type, derived from its full type name as a name-based UUID (RFC 4122, version 5). The Custom
/// APIs in src/customapis carry these ids literally; the plug-in assembly's registration (PluginAssemblies/…dll.data.xml)
/// uses the same function, so both sides agree without a table of GUIDs to keep in step.
/// </summary>
public static class PluginTypeIds
{
    /// <summary>The namespace of SocialCrm's plug-in type ids. Never change it: every registered id derives from it.</summary>
    public static readonly Guid Namespace = new("b5f1c2a6-4e0d-5d1a-9c3e-7a2f3b8d6c41");

    public static Guid For(string typeFullName) => NameBased(Namespace, typeFullName);

    /// <summary>RFC 4122 §4.3 with SHA-1: hash the namespace (network byte order) and the UTF-8 name, then set version and variant.</summary>
    public static Guid NameBased(Guid ns, string name)
    {
        var nsBytes = ns.ToByteArray();
        SwapToNetworkOrder(nsBytes);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[nsBytes.Length + nameBytes.Length];
        Buffer.BlockCopy(nsBytes, 0, input, 0, nsBytes.Length);
        Buffer.BlockCopy(nameBytes, 0, input, nsBytes.Length, nameBytes.Length);

        var hash = SHA1.HashData(input);
        var bytes = new byte[16];
        Array.Copy(hash, bytes, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        SwapToNetworkOrder(bytes);
        return new Guid(bytes);
    }

    // Guid's byte array keeps its first three fields little-endian; RFC 4122 hashes them big-endian.
    private static void SwapToNetworkOrder(byte[] guid)
    {
        Array.Reverse(guid, 0, 4);
        Array.Reverse(guid, 4, 2);
        Array.Reverse(guid, 6, 2);
    }
}
