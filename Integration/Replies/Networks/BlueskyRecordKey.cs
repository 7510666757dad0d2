using System;
using System.Security.Cryptography;

namespace SocialCrm.Integration.Replies.Networks;

/// <summary>
/// The record key a reply's post gets on Bluesky, derived from the reply so every attempt asks for the same one: a
/// repository holds one record per collection and key, so a second createRecord for the same reply cannot make a second
/// post. app.bsky.feed.post keys are TIDs (https://atproto.com/specs/record-key#record-key-type-tid): a 64-bit integer,
/// top bit 0, 53 bits of microseconds since the Unix epoch and a 10-bit clock identifier, written as 13 characters of
/// base32-sortable (https://atproto.com/specs/tid). The microseconds are the reply's creation second (Dataverse keeps
/// whole seconds) plus a fraction taken from the reply's id, and the clock identifier comes from the id too.
/// </summary>
public static class BlueskyRecordKey
{
    private const string Alphabet = "234567abcdefghijklmnopqrstuvwxyz";
    private const int Length = 13;

    public static string For(Guid replyId, DateTimeOffset createdOn)
    {
        var hash = SHA256.HashData(replyId.ToByteArray());
        var fraction = (long)(BitConverter.ToUInt32(hash, 0) % 1_000_000);
        var clockId = (long)(BitConverter.ToUInt16(hash, 4) & 0x3FF);
        var microseconds = (Math.Max(0, createdOn.ToUnixTimeSeconds()) * 1_000_000) + fraction;
        return Encode((microseconds << 10) | clockId);
    }

    private static string Encode(long value)
    {
        var characters = new char[Length];
        for (var index = Length - 1; index >= 0; index--)
        {
            characters[index] = Alphabet[(int)(value & 0x1F)];
            value >>= 5;
        }

        return new string(characters);
    }
}
