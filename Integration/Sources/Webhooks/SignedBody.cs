using System;
using Microsoft.AspNetCore.Http;

namespace SocialCrm.Integration.Sources.Webhooks;

/// <summary>A webhook body whose signature matched, or the answer that refuses the request.</summary>
internal readonly record struct SignedBody(ReadOnlyMemory<byte> Body, IResult? Refusal)
{
    public static SignedBody Verified(ReadOnlyMemory<byte> body) => new(body, null);

    public static SignedBody Refused(IResult refusal) => new(default, refusal);
}
