using System;
using SocialCrm.Integration.Mentions;

namespace SocialCrm.Integration.Sources;

/// <summary>A value of a delivery's item is not text; the item is refused alone (see <see cref="SourcedInput.Read"/>).</summary>
public sealed class UnreadableTextException(string property) : Exception($"{property} {JsonText.NotText}.")
{
    public string Property { get; } = property;
}
