using System;
using System.Collections.Generic;

namespace SocialCrm.Plugins.Application;

/// <summary>
/// A batch's author profiles and conversations as intake left them: each profile with its figures after the batch (the
/// influence escalation weighs), each conversation with its figures before it. Intake has already written every row's
/// new figures (one write per row); the post-operation step starts from this baseline to replay the batch mention by
/// mention onto the conversations for escalation, instead of reading the rows again.
/// </summary>
public sealed class RollupBaseline
{
    public RollupBaseline(IReadOnlyDictionary<Guid, StoredProfile> profiles, IReadOnlyDictionary<Guid, StoredConversation> conversations)
    {
        Profiles = profiles;
        Conversations = conversations;
    }

    /// <summary>The authors' profiles with their figures after the batch.</summary>
    public IReadOnlyDictionary<Guid, StoredProfile> Profiles { get; }

    /// <summary>The conversations with their figures before the batch.</summary>
    public IReadOnlyDictionary<Guid, StoredConversation> Conversations { get; }
}
