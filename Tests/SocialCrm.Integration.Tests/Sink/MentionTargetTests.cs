using System.Text.Json.Nodes;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Sink;
using SocialCrm.Integration.Tests.Support;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Tests.Sink;

[TestClass]
public sealed class MentionTargetTests
{
    [TestMethod]
    public void Target_carries_its_type_its_alternate_key_and_the_columns_it_has()
    {
        var input = Inputs.Valid();
        input.Likes = "4";
        var mention = new MentionNormalizer(new FixedClock(FixedClock.Noon)).Normalize(input).Mention!;

        var target = MentionTarget.From(mention);

        Assert.AreEqual("Microsoft.Dynamics.CRM.scrm_mention", (string?)target["@odata.type"]);
        Assert.AreEqual("scrm_mentions(scrm_platform=746500000,scrm_externalpostid='1001')", (string?)target["@odata.id"]);
        Assert.AreEqual(746500000, (int?)target["scrm_platform"]);
        Assert.AreEqual(746500000, (int?)target["scrm_direction"]);
        Assert.AreEqual("1001", (string?)target["scrm_externalpostid"]);
        Assert.AreEqual("ada", (string?)target["scrm_authorhandle"]);
        Assert.AreEqual("2025-03-01T09:30:00Z", (string?)target["scrm_postedon"]);
        Assert.AreEqual(4, (int?)target["scrm_likes"]);
        Assert.IsFalse(target.ContainsKey("scrm_shares"), "a column the source did not give is left out, so an upsert keeps what the record has");
    }

    [TestMethod]
    public void Key_reference_doubles_quotes_and_encodes_characters_that_would_split_the_url()
    {
        var mention = new Mention(SocialPlatform.Blog, "https://blog.example/p?id=1#it's", new MentionAuthor("a"), FixedClock.Noon);

        Assert.AreEqual("scrm_mentions(scrm_platform=746500005,scrm_externalpostid='https%3A%2F%2Fblog.example%2Fp%3Fid%3D1%23it%27%27s')",
            MentionTarget.KeyReference(mention));
    }
}
