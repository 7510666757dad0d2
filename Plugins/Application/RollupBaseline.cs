using System;
using System.Collections.Generic;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// A batch's author profiles and conversations as intake left them, each with its figures from before the batch.
/// Intake has already written every row's new figures (one write per row); the post-operation step starts from this
/// baseline to replay the batch mention by mention for escalation, instead of reading the rows again.
/// </summary>
public sealed class RollupBaseline
{
    public RollupBaseline(IReadOnlyDictionary<Guid, StoredProfile> profiles, IReadOnlyDictionary<Guid, StoredConversation> conversations)
    {
        Profiles = profiles;
        Conversations = conversations;
    }

    public IReadOnlyDictionary<Guid, StoredProfile> Profiles { get; }

    public IReadOnlyDictionary<Guid, StoredConversation> Conversations { get; }
}
