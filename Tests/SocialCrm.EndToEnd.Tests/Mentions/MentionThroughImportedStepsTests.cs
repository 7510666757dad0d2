using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.EndToEnd.Tests.Mentions;

/// <summary>
/// The admin's path: import the managed zip, let an application write mentions, and see the CRM knowledge appear
/// through the steps the zip registered.
/// </summary>
[TestClass]
public sealed class MentionThroughImportedStepsTests
{
    [TestMethod]
    public void A_mention_written_after_import_yields_profile_conversation_rollups_and_a_case_for_the_known_contact()
    {
        using var crm = ImportedSocialCrm.Start();
        var contact = crm.CreateContact("Ann", "Lee", "ann@example.com");

        crm.Service.Create(Mention("post-1", "This is the worst service ever. I want a refund!"));

        var profile = crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "u-ann");
        Assert.AreEqual("ann_lee", profile.GetAttributeValue<string>(SocialProfileTable.Handle), "the handle is stored lower-case without @");
        Assert.AreEqual(contact, profile.GetAttributeValue<EntityReference>(SocialProfileTable.Contact).Id, "linked by exact e-mail");
        Assert.AreEqual(1, profile.GetAttributeValue<int>(SocialProfileTable.MentionCount));

        var mention = crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, "post-1");
        Assert.AreEqual((int)SentimentLabel.Negative, mention.GetAttributeValue<OptionSetValue>(MentionTable.SentimentLabel).Value);
        Assert.AreEqual(profile.Id, mention.GetAttributeValue<EntityReference>(MentionTable.AuthorProfile).Id);

        var conversation = crm.Single(ConversationTable.LogicalName, ConversationTable.PrimaryId, mention.GetAttributeValue<EntityReference>(MentionTable.Conversation).Id);
        Assert.AreEqual(1, conversation.GetAttributeValue<int>(ConversationTable.MentionCount));
        Assert.AreEqual((int)ConversationStatus.AwaitingReply, conversation.GetAttributeValue<OptionSetValue>(ConversationTable.StatusCode).Value);
        Assert.AreEqual(contact, conversation.GetAttributeValue<EntityReference>(ConversationTable.Contact).Id);

        var @case = crm.All(StandardTables.Incident.LogicalName).Single();
        Assert.AreEqual(@case.Id, conversation.GetAttributeValue<EntityReference>(ConversationTable.Case).Id);
        Assert.AreEqual(contact, @case.GetAttributeValue<EntityReference>(StandardTables.Incident.Customer).Id);
        Assert.AreEqual((int)CaseOrigin.Twitter, @case.GetAttributeValue<OptionSetValue>(StandardTables.Incident.Origin).Value);
    }

    [TestMethod]
    public void A_batch_redelivered_by_UpsertMultiple_stays_one_mention_per_post_with_rollups_counted_once()
    {
        using var crm = ImportedSocialCrm.Start();
        EntityCollection Batch() => new(new[] { Keyed(Mention("post-1", "Thanks, all sorted now")), Keyed(Mention("post-2", "Great support today")) })
        {
            EntityName = MentionTable.LogicalName,
        };

        crm.Service.Execute(new UpsertMultipleRequest { Targets = Batch() });
        crm.Service.Execute(new UpsertMultipleRequest { Targets = Batch() });

        Assert.AreEqual(2, crm.All(MentionTable.LogicalName).Length);
        var profile = crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "u-ann");
        Assert.AreEqual(2, profile.GetAttributeValue<int>(SocialProfileTable.MentionCount));
        Assert.IsEmpty(crm.All(StandardTables.Incident.LogicalName), "positive mentions escalate nothing");
    }

    [TestMethod]
    public void Bad_input_is_rejected_with_the_column_named_and_nothing_is_written()
    {
        using var crm = ImportedSocialCrm.Start();
        var mention = Mention("post-1", "Hello");
        mention.Attributes.Remove(MentionTable.AuthorExternalId);

        var error = Assert.ThrowsExactly<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => crm.Service.Create(mention));

        StringAssert.Contains(error.Detail.Message, MentionTable.AuthorExternalId);
        Assert.IsEmpty(crm.All(MentionTable.LogicalName));
        Assert.IsEmpty(crm.All(SocialProfileTable.LogicalName));
        Assert.IsEmpty(crm.All(ConversationTable.LogicalName));
    }

    /// <summary>Upsert finds an existing row by the alternate key the target carries: platform + external post id.</summary>
    private static Entity Keyed(Entity mention)
    {
        mention.KeyAttributes = new KeyAttributeCollection
        {
            { MentionTable.Platform, mention[MentionTable.Platform] },
            { MentionTable.ExternalPostId, mention[MentionTable.ExternalPostId] },
        };
        return mention;
    }

    private static Entity Mention(string postId, string text) => new(MentionTable.LogicalName)
    {
        [MentionTable.Platform] = new OptionSetValue((int)SocialPlatform.X),
        [MentionTable.ExternalPostId] = postId,
        [MentionTable.Description] = text,
        [MentionTable.Direction] = new OptionSetValue((int)MentionDirection.Inbound),
        [MentionTable.AuthorExternalId] = "u-ann",
        [MentionTable.AuthorHandle] = "@Ann_Lee",
        [MentionTable.AuthorDisplayName] = "Ann Lee",
        [MentionTable.AuthorEmail] = "ann@example.com",
        [MentionTable.AuthorFollowers] = 250_000,
        [MentionTable.AuthorVerified] = true,
        [MentionTable.PostedOn] = DateTime.UtcNow.AddMinutes(-1),
    };
}
