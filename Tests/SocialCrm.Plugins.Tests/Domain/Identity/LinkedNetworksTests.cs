using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Domain.Identity;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Domain.Identity;

[TestClass]
public sealed class LinkedNetworksTests
{
    [TestMethod]
    [DataRow(SocialPlatform.X, true)]
    [DataRow(SocialPlatform.Facebook, true)]
    [DataRow(SocialPlatform.Instagram, true)]
    [DataRow(SocialPlatform.LinkedIn, true)]
    [DataRow(SocialPlatform.YouTube, true)]
    [DataRow(SocialPlatform.Blog, false)]
    [DataRow(SocialPlatform.Other, false)]
    public void Networks_with_owned_unique_handles_are_linked(SocialPlatform platform, bool linked)
    {
        Assert.AreEqual(linked, LinkedNetworks.Contains(platform));
        Assert.AreEqual(linked, ((ICollection<SocialPlatform>)LinkedNetworks.All).Contains(platform));
    }

    [TestMethod]
    [DataRow(SocialPlatform.X, SocialPlatform.Instagram, true, DisplayName = "two linked networks")]
    [DataRow(SocialPlatform.LinkedIn, SocialPlatform.Facebook, true, DisplayName = "two other linked networks")]
    [DataRow(SocialPlatform.X, SocialPlatform.X, false, DisplayName = "the same network is not another network")]
    [DataRow(SocialPlatform.X, SocialPlatform.Blog, false, DisplayName = "blog is not linked")]
    [DataRow(SocialPlatform.Other, SocialPlatform.X, false, DisplayName = "other is not linked")]
    public void A_handle_is_evidence_only_across_two_different_linked_networks(SocialPlatform platform, SocialPlatform other, bool linked)
    {
        Assert.AreEqual(linked, LinkedNetworks.AreLinked(platform, other));
    }

    [TestMethod]
    public void The_list_of_linked_networks_cannot_be_changed_by_whoever_holds_it()
    {
        Assert.ThrowsExactly<NotSupportedException>(() => ((IList<SocialPlatform>)LinkedNetworks.All)[0] = SocialPlatform.Blog);
    }
}
