using System;
using System.ComponentModel.DataAnnotations;
using SocialCrm.Integration.Mentions;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Sources.Feeds;

/// <summary>One feed: its address and, optionally, the network its entries count as (YouTube feeds are recognised by host).</summary>
public sealed class FeedSubscription
{
    [Required]
    public Uri? Url { get; set; }

    public SocialPlatform? Platform { get; set; }
}
