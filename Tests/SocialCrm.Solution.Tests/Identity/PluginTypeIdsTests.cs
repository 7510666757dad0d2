using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Solution.Identity;

namespace SocialCrm.Solution.Tests.Identity;

[TestClass]
public sealed class PluginTypeIdsTests
{
    [TestMethod]
    public void A_name_based_id_matches_RFC_4122_version_5()
    {
        // The DNS namespace of RFC 4122 appendix C, and the version 5 id other implementations give for python.org.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.AreEqual(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), PluginTypeIds.NameBased(dns, "python.org"));
    }

    [TestMethod]
    public void A_plug_in_types_id_depends_only_on_its_full_name()
    {
        var id = PluginTypeIds.For("SocialCrm.Plugins.CustomApis.ScoreSentimentApi");

        Assert.AreEqual(id, PluginTypeIds.For("SocialCrm.Plugins.CustomApis.ScoreSentimentApi"));
        Assert.AreNotEqual(id, PluginTypeIds.For("SocialCrm.Plugins.CustomApis.EscalateConversationApi"));
    }
}
