using System;

namespace SocialCrm.Dataverse.Local.Records;

/// <summary>
/// Ids of new rows: version 7 GUIDs (RFC 9562: 48 bits of Unix milliseconds, then random bits), so rows created later
/// sort later, as Guid.CreateVersion7 makes them. Their random bits come from the runtime's shared generator, seeded
/// once per thread: Guid.CreateVersion7 asks the operating system for random bytes on every call, a system call that
/// costs several microseconds on a virtual machine, for every row a batch creates. Row ids are not secrets.
/// https://www.rfc-editor.org/rfc/rfc9562#name-uuid-version-7
/// </summary>
internal static class RowIds
{
    public static Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        var milliseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)milliseconds;
            milliseconds >>= 8;
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
