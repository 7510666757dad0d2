using System;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Intake;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Application;

/// <summary>An author to resolve to a social profile: the network and what the source said about them.</summary>
public sealed class AuthorToResolve
{
    /// <param name="platform">The network.</param>
    /// <param name="author">The author, normalised (see <see cref="MentionAuthor.Normalized"/>) and with an external id.</param>
    /// <param name="mayCreateContact">
    /// False for the author of an outbound mention: that is the brand's own account, never a customer to create.
    /// </param>
    /// <param name="postedOn">When the network said this of the author: the post's time, or a Custom API call's; null: now.</param>
    public AuthorToResolve(SocialPlatform platform, MentionAuthor author, bool mayCreateContact = true, DateTime? postedOn = null)
        : this(new ProfileKey(platform, author.ExternalId ?? throw new ArgumentException("The author has no external id.", nameof(author))),
            author, mayCreateContact, postedOn)
    {
    }

    /// <param name="key">The author's key, made already: intake makes one per mention and shares it.</param>
    internal AuthorToResolve(ProfileKey key, MentionAuthor author, bool mayCreateContact, DateTime? postedOn)
    {
        Platform = key.Platform;
        Author = author;
        MayCreateContact = mayCreateContact;
        PostedOn = postedOn;
        Key = key;
    }

    public SocialPlatform Platform { get; }

    public MentionAuthor Author { get; }

    public ProfileKey Key { get; }

    /// <summary>When the network said this of the author (a post's or an identity change's time); null: now.</summary>
    public DateTime? PostedOn { get; }

    /// <summary>Whether scrm_AutoCreateContacts may create a contact for this author.</summary>
    public bool MayCreateContact { get; }
}
