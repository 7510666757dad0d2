using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local;
using SocialCrm.Dataverse.Local.Service;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.Plugins.Tests.Support;

/// <summary>
/// A running LocalDataverse with SocialCrm in it, reached only through IOrganizationService as the worker's
/// application user, plus what tests read back.
/// </summary>
internal sealed class SocialCrmDataverse : IDisposable
{
    private readonly IOrganizationService _admin;

    public SocialCrmDataverse(LocalDataverse dataverse, TestClock clock)
    {
        Dataverse = dataverse;
        Clock = clock;
        _admin = dataverse.GetOrganizationService();
        Service = dataverse.GetOrganizationService(dataverse.CreateUser("SocialCrm worker", isApplicationUser: true));
    }

    public LocalDataverse Dataverse { get; }

    /// <summary>The worker's service: what every mention arrives through.</summary>
    public IOrganizationService Service { get; }

    public TestClock Clock { get; }

    public ServiceCallLog Calls => Dataverse.Calls;

    public void Dispose() => Dataverse.Dispose();

    /// <summary>Writes mentions with <paramref name="message"/>: one request per mention for the single messages.</summary>
    public void Send(WriteMessage message, params Entity[] mentions)
    {
        switch (message)
        {
            case WriteMessage.Create:
                foreach (var mention in mentions)
                {
                    Service.Create(mention);
                }

                break;
            case WriteMessage.CreateMultiple:
                Service.Execute(new CreateMultipleRequest { Targets = Collection(mentions) });
                break;
            case WriteMessage.Upsert:
                foreach (var mention in mentions)
                {
                    Service.Execute(new UpsertRequest { Target = ByKey(mention) });
                }

                break;
            case WriteMessage.UpsertMultiple:
                Service.Execute(new UpsertMultipleRequest { Targets = Collection(mentions.Select(ByKey)) });
                break;
        }
    }

    /// <summary>The message of the fault <paramref name="action"/> fails with; fails the test when it succeeds.</summary>
    public static string Rejection(Action action) =>
        Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(action).Detail.Message;

    public List<Entity> Mentions() => Rows(MentionTable.LogicalName);

    public List<Entity> Profiles() => Rows(SocialProfileTable.LogicalName);

    public List<Entity> Conversations() => Rows(ConversationTable.LogicalName);

    public List<Entity> Contacts() => Rows(StandardTables.Contact.LogicalName);

    public List<Entity> Cases() => Rows(StandardTables.Incident.LogicalName);

    public Entity Mention(string postId) => Mentions().Single(mention => mention.GetAttributeValue<string>(MentionTable.ExternalPostId) == postId);

    public Entity Profile(string externalUserId) =>
        Profiles().Single(profile => profile.GetAttributeValue<string>(SocialProfileTable.ExternalUserId) == externalUserId);

    /// <summary>The conversation the mention with <paramref name="postId"/> is regarding.</summary>
    public Entity ConversationOf(string postId) =>
        Get(ConversationTable.LogicalName, Mention(postId).GetAttributeValue<EntityReference>(MentionTable.Conversation).Id);

    public Entity Get(string table, Guid id) => _admin.Retrieve(table, id, new ColumnSet(true));

    public Guid CreateContact(string lastName, string? email = null, string? firstName = null)
    {
        var contact = new Entity(StandardTables.Contact.LogicalName) { [StandardTables.Contact.LastName] = lastName };
        if (email != null)
        {
            contact[StandardTables.Contact.Email] = email;
        }

        if (firstName != null)
        {
            contact[StandardTables.Contact.FirstName] = firstName;
        }

        return _admin.Create(contact);
    }

    public Guid CreateQueue(string name) => _admin.Create(new Entity(StandardTables.Queue.LogicalName) { ["name"] = name });

    public Guid CreateTeam(string name) => _admin.Create(new Entity(StandardTables.Team.LogicalName) { ["name"] = name, ["teamtype"] = new OptionSetValue(0) });

    public List<Entity> QueueItems() => Rows("queueitem");

    public Guid CreateAccount(string name) => _admin.Create(new Entity(StandardTables.Account.LogicalName) { ["name"] = name });

    /// <summary>An agent resolves the conversation at <paramref name="closedOn"/>.</summary>
    public void Close(Guid conversationId, DateTime closedOn) =>
        _admin.Update(new Entity(ConversationTable.LogicalName, conversationId)
        {
            [ConversationTable.StateCode] = new OptionSetValue((int)ConversationState.Closed),
            [ConversationTable.StatusCode] = new OptionSetValue((int)ConversationStatus.Resolved),
            [ConversationTable.ClosedOn] = closedOn,
        });

    /// <summary>An agent resolves the case (statecode 1, Problem Solved).</summary>
    public void ResolveCase(Guid caseId) =>
        _admin.Update(new Entity(StandardTables.Incident.LogicalName, caseId)
        {
            [StandardTables.Incident.StateCode] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(5),
        });

    /// <summary>An administrator saves an escalation rule in the app.</summary>
    public Guid SaveRule(Entity rule)
    {
        if (rule.Id == Guid.Empty)
        {
            return _admin.Create(rule);
        }

        _admin.Update(rule);
        return rule.Id;
    }

    /// <summary>The id of the escalation rule named <paramref name="name"/>, such as one of the seed rules.</summary>
    public Guid RuleNamed(string name) =>
        Rows(EscalationRuleTable.LogicalName).Single(rule => rule.GetAttributeValue<string>(EscalationRuleTable.PrimaryName) == name).Id;

    /// <summary>An administrator switches every escalation rule off (the seed rules included), to start from a clean slate.</summary>
    public void DeactivateAllRules()
    {
        foreach (var rule in Rows(EscalationRuleTable.LogicalName))
        {
            _admin.Update(new Entity(EscalationRuleTable.LogicalName, rule.Id)
            {
                [EscalationRuleTable.StateCode] = new OptionSetValue(1),
                [EscalationRuleTable.StatusCode] = new OptionSetValue(2),
            });
        }
    }

    /// <summary>An agent blocks the profile.</summary>
    public void Block(Guid profileId) =>
        _admin.Update(new Entity(SocialProfileTable.LogicalName, profileId) { [SocialProfileTable.Blocked] = true });

    /// <summary>Sets the current value of an environment variable, as an administrator does after import.</summary>
    public void SetVariable(string schemaName, string value)
    {
        var definition = Definition(schemaName);
        var query = new QueryExpression("environmentvariablevalue") { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition("environmentvariabledefinitionid", ConditionOperator.Equal, definition.Id);
        var existing = _admin.RetrieveMultiple(query).Entities.FirstOrDefault();
        var row = new Entity("environmentvariablevalue")
        {
            ["schemaname"] = schemaName,
            ["value"] = value,
            ["environmentvariabledefinitionid"] = definition.ToEntityReference(),
        };
        if (existing == null)
        {
            _admin.Create(row);
        }
        else
        {
            row.Id = existing.Id;
            _admin.Update(row);
        }
    }

    private static EntityCollection Collection(IEnumerable<Entity> mentions) =>
        new(mentions.ToList()) { EntityName = MentionTable.LogicalName };

    // As the worker upserts: the alternate key identifies the row and stays out of the data.
    private static Entity ByKey(Entity mention)
    {
        var target = new Entity(mention.LogicalName, new KeyAttributeCollection
        {
            { MentionTable.Platform, mention[MentionTable.Platform] },
            { MentionTable.ExternalPostId, mention[MentionTable.ExternalPostId] },
        });
        foreach (var column in mention.Attributes.Where(column => column.Key != MentionTable.Platform && column.Key != MentionTable.ExternalPostId))
        {
            target[column.Key] = column.Value;
        }

        return target;
    }

    private List<Entity> Rows(string table) =>
        _admin.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities.ToList();

    private Entity Definition(string schemaName)
    {
        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, schemaName);
        return _admin.RetrieveMultiple(query).Entities.Single();
    }
}
