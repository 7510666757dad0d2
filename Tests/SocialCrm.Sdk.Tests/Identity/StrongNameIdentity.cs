using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace SocialCrm.Sdk.Tests.Identity;

/// <summary>Reads an assembly's strong-name identity and references from its metadata, without loading it.</summary>
public sealed class StrongNameIdentity
{
    private StrongNameIdentity(string name, Version version, string publicKeyToken, bool hasSignature, string[] references)
    {
        Name = name;
        Version = version;
        PublicKeyToken = publicKeyToken;
        HasSignature = hasSignature;
        References = references;
    }

    public string Name { get; }

    public Version Version { get; }

    public string PublicKeyToken { get; }

    /// <summary>True when the strong-name signature blob holds a signature (public signing leaves it zeroed).</summary>
    public bool HasSignature { get; }

    /// <summary>Each reference as "Name, Version=..., PublicKeyToken=...".</summary>
    public string[] References { get; }

    public static StrongNameIdentity Read(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        var definition = metadata.GetAssemblyDefinition();
        var token = TokenOf(metadata.GetBlobBytes(definition.PublicKey));
        var references = metadata.AssemblyReferences
            .Select(metadata.GetAssemblyReference)
            .Select(r => $"{metadata.GetString(r.Name)}, Version={r.Version}, PublicKeyToken={Hex(metadata.GetBlobBytes(r.PublicKeyOrToken))}")
            .ToArray();
        var signatureDirectory = pe.PEHeaders.CorHeader!.StrongNameSignatureDirectory;
        var hasSignature = signatureDirectory.Size > 0
            && pe.GetSectionData(signatureDirectory.RelativeVirtualAddress).GetContent(0, signatureDirectory.Size).Any(b => b != 0);
        return new StrongNameIdentity(metadata.GetString(definition.Name), definition.Version, token, hasSignature, references);
    }

    /// <summary>The public key token of a key pair file (.snk): the last 8 bytes of the SHA-1 of the public key, reversed.</summary>
    public static string TokenOfKeyPair(string snkPath)
    {
        using var rsa = new RSACryptoServiceProvider();
        rsa.ImportCspBlob(File.ReadAllBytes(snkPath));
        var publicBlob = rsa.ExportCspBlob(includePrivateParameters: false);
        // The compiler writes the key's algorithm as CALG_RSA_SIGN whatever the key pair file says.
        BitConverter.GetBytes(0x2400).CopyTo(publicBlob, 4);
        // Strong-name public key = SigAlgId (CALG_RSA_SIGN), HashAlgId (CALG_SHA1), blob length, then the CAPI PUBLICKEYBLOB.
        var header = BitConverter.GetBytes(0x2400).Concat(BitConverter.GetBytes(0x8004)).Concat(BitConverter.GetBytes(publicBlob.Length));
        return TokenOf(header.Concat(publicBlob).ToArray());
    }

    private static string TokenOf(byte[] publicKey) =>
        publicKey.Length == 0 ? "" : Hex(SHA1.HashData(publicKey).TakeLast(8).Reverse().ToArray());

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
