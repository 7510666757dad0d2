using System.Collections;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Intake;

namespace SocialCrm.Plugins.Mentions;

/// <summary>
/// A batch's targets read as cleaned mentions when intake asks for each (it reads each once, to validate it), so the
/// batch never holds every mention as sent beside the cleaned ones, nor makes the one to clean the other.
/// </summary>
internal sealed class TargetMentions : IReadOnlyList<IncomingMention>
{
    private readonly IReadOnlyList<Entity> _targets;

    public TargetMentions(IReadOnlyList<Entity> targets)
    {
        _targets = targets;
    }

    public int Count => _targets.Count;

    public IncomingMention this[int index] => IncomingMentionReader.Read(_targets[index]);

    public IEnumerator<IncomingMention> GetEnumerator()
    {
        for (var index = 0; index < _targets.Count; index++)
        {
            yield return this[index];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
