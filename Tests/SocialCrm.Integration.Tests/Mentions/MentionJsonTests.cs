using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Integration.Tests.Support;

namespace SocialCrm.Integration.Tests.Mentions;

[TestClass]
public sealed class MentionJsonTests
{
    [TestMethod]
    public void Numbers_and_booleans_are_read_as_the_values_they_spell_and_field_names_ignore_case()
    {
        using var json = JsonDocument.Parse("""{"Platform":746500001,"externalpostid":"p1","authorExternalId":7,"authorVerified":true,"likes":12,"postedOn":"2025-03-01T00:00:00Z"}""");
        var problems = new List<FieldProblem>();

        var input = MentionJson.ReadInput(json.RootElement, problems);

        Assert.AreEqual(0, problems.Count);
        Assert.AreEqual("746500001", input.Platform);
        Assert.AreEqual("p1", input.ExternalPostId);
        Assert.AreEqual("7", input.AuthorExternalId);
        Assert.AreEqual("true", input.AuthorVerified);
        Assert.AreEqual("12", input.Likes);
    }

    [TestMethod]
    public void Unknown_field_and_nested_value_are_problems_naming_the_field()
    {
        using var json = JsonDocument.Parse("""{"platform":"x","externalPostID":"1","auther":"someone","text":{"body":"hi"}}""");
        var problems = new List<FieldProblem>();

        MentionJson.ReadInput(json.RootElement, problems);

        CollectionAssert.AreEqual(new[] { "auther", "text" }, problems.Select(p => p.Field).ToArray());
        StringAssert.StartsWith(problems[0].Message, "auther is not a field of a mention");
        StringAssert.StartsWith(problems[1].Message, "text must be a text, number or true/false value, not an object");
    }

    [TestMethod]
    public void A_queued_mention_reads_back_equal_to_what_was_written()
    {
        var mention = new MentionNormalizer(new FixedClock(FixedClock.Noon)).Normalize(Inputs.Valid()).Mention!;

        var roundTripped = MentionJson.Deserialize(MentionJson.Serialize(mention));

        Assert.AreEqual(mention, roundTripped);
    }
}
