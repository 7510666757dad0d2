using System;
using System.Security.Cryptography;
using System.Text;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>Signatures computed the way each network's documentation describes, independently of the worker's code.</summary>
public static class Signatures
{
    public static string MetaHex(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    public static string XBase64(string secret, string message) =>
        "sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message)));

    public static string Generic(string secret, string timestamp, string body) => MetaHex(secret, timestamp + "." + body);
}
