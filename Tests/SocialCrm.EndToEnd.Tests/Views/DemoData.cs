using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.EndToEnd.Tests.Views;

/// <summary>
/// A small social CRM's worth of data, written as the worker writes it: two known contacts, mentions from six authors
/// over two months (praise, a reply, an escalating complaint, a crash report, a "me too" in the complaint's thread and
/// a post of only a handle, a hashtag and a link, which the scorer cannot judge, and a direct message), then what agents do: a conversation
/// resolved, a profile deactivated, a conversation handed to a colleague, and escalation rules, one switched off. Profiles, conversations, sentiment, rollups
/// and the case come from the zip's own plug-ins.
/// </summary>
internal sealed class DemoData : IDisposable
{
    private readonly ImportedSocialCrm crm;

    private DemoData(ImportedSocialCrm crm, Guid workerUserId)
    {
        this.crm = crm;
        WorkerUserId = workerUserId;
    }

    public IOrganizationService Service => crm.Service;

    /// <summary>The user the worker (and so <see cref="Service"/>) runs as, who owns what the plug-ins create.</summary>
    public Guid WorkerUserId { get; }

    public static DemoData Write()
    {
        var crm = ImportedSocialCrm.Start();
        crm.CreateContact("Ann", "Lee", "ann@example.com");
        crm.CreateContact("Bob", "Stone", "bob@example.com");
        var day0 = DateTime.UtcNow.Date.AddDays(-45);
        Write(crm, "ann-1", ("u-ann", "Ann_Lee", "Ann Lee", "ann@example.com", 1_200), "Love the new app", day0.AddHours(9));
        Write(crm, "ann-2", ("u-ann", "Ann_Lee", "Ann Lee", "ann@example.com", 1_200), "Still loving it", day0.AddDays(1).AddHours(10), inReplyTo: "ann-1");
        Write(crm, "bob-1", ("u-bob", "BobStone", "Bob Stone", "bob@example.com", 250_000), "This is the worst service ever. I want a refund!", day0.AddDays(2).AddHours(11));
        Write(crm, "cat-1", ("u-cat", "cat_codes", "Cat Codes", null, 300), "Terrible update, the app keeps crashing", day0.AddDays(35).AddHours(8));
        Write(crm, "cat-2", ("u-cat", "cat_codes", "Cat Codes", null, 300), "Same here, awful and broken", day0.AddDays(36).AddHours(8), inReplyTo: "bob-1");
        Write(crm, "dan-1", ("u-dan", "dan_dev", "Dan Dev", null, 40), "Great support today, thanks", day0.AddDays(37).AddHours(12));
        Write(crm, "alex-1", ("u-alex", "alexandra", "Alexandra Ames", null, 9_000), "Awesome product, happy customer", day0.AddDays(38).AddHours(13));
        Write(crm, "eve-1", ("u-eve", "eve_e", "Eve Evans", null, 75), "@Northwind #launch https://example.com/p/1", day0.AddDays(39).AddHours(14));
        Write(crm, "bob-dm-1", ("u-bob", "BobStone", "Bob Stone", "bob@example.com", 250_000), "Here is my order number for the refund", day0.AddDays(40).AddHours(15), messageType: MessageType.PrivateMessage);

        var conversationOf = (string post) => crm.Single(MentionTable.LogicalName, MentionTable.ExternalPostId, post).GetAttributeValue<EntityReference>(MentionTable.Conversation);
        crm.Service.Update(new Entity(ConversationTable.LogicalName, conversationOf("dan-1").Id)
        {
            [ConversationTable.StateCode] = new OptionSetValue(1),
            [ConversationTable.StatusCode] = new OptionSetValue((int)ConversationStatus.Resolved),
        });
        crm.Service.Update(new Entity(ConversationTable.LogicalName, conversationOf("alex-1").Id)
        {
            ["ownerid"] = new EntityReference("systemuser", crm.Dataverse.CreateUser("Colleague")),
        });
        crm.Service.Update(new Entity(SocialProfileTable.LogicalName, crm.Single(SocialProfileTable.LogicalName, SocialProfileTable.ExternalUserId, "u-dan").Id)
        {
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(2),
        });

        // Escalation rules come last, so the mentions above escalated by the seed rules; one is switched off.
        var admin = crm.Dataverse.GetOrganizationService();
        Rule(admin, "Angry big accounts", 10, EscalationRuleTable.FollowersAtOrAbove, 100_000);
        Rule(admin, "Billing words", 20, EscalationRuleTable.Keywords, "invoice;charged twice");
        var archived = Rule(admin, "Archived refund rule", 5, EscalationRuleTable.Keywords, "refund");
        admin.Update(new Entity(EscalationRuleTable.LogicalName, archived) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        return new DemoData(crm, crm.UserId);
    }

    /// <summary>Every row of <paramref name="table"/> with every column, read with a plain QueryExpression.</summary>
    public Entity[] All(string table) => crm.Service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities.ToArray();

    public void Dispose() => crm.Dispose();

    private static Guid Rule(IOrganizationService admin, string name, int order, string condition, object value) =>
        admin.Create(new Entity(EscalationRuleTable.LogicalName)
        {
            [EscalationRuleTable.PrimaryName] = name,
            [EscalationRuleTable.Order] = order,
            [EscalationRuleTable.Action] = new OptionSetValue((int)EscalationAction.CreateCase),
            [EscalationRuleTable.Priority] = new OptionSetValue((int)ConversationPriority.High),
            [condition] = value,
        });

    private static void Write(
        ImportedSocialCrm crm,
        string postId,
        (string Id, string Handle, string Name, string? Email, int Followers) author,
        string text,
        DateTime postedOn,
        string? inReplyTo = null,
        MessageType? messageType = null)
    {
        var mention = new Entity(MentionTable.LogicalName)
        {
            [MentionTable.Platform] = new OptionSetValue((int)SocialPlatform.X),
            [MentionTable.ExternalPostId] = postId,
            [MentionTable.Description] = text,
            [MentionTable.Direction] = new OptionSetValue((int)MentionDirection.Inbound),
            [MentionTable.AuthorExternalId] = author.Id,
            [MentionTable.AuthorHandle] = "@" + author.Handle,
            [MentionTable.AuthorDisplayName] = author.Name,
            [MentionTable.AuthorFollowers] = author.Followers,
            [MentionTable.AuthorVerified] = author.Followers > 100_000,
            [MentionTable.PostedOn] = postedOn,
        };
        if (author.Email is not null)
        {
            mention[MentionTable.AuthorEmail] = author.Email;
        }

        if (messageType is not null)
        {
            mention[MentionTable.MessageType] = new OptionSetValue((int)messageType);
        }

        if (inReplyTo is not null)
        {
            mention[MentionTable.InReplyToId] = inReplyTo;
        }

        crm.Service.Create(mention);
    }
}
