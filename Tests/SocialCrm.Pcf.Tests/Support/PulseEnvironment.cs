using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local;
using SocialCrm.Dataverse.Local.WebApi.ControlHost;
using SocialCrm.Dataverse.Local.WebApi.Hosting;
using SocialCrm.Tests.Shared;
using SocialCrm.Integration.Demo;

namespace SocialCrm.Pcf.Tests.Support;

/// <summary>
/// LocalDataverse built from the managed zip, serving its Web API and the control host page on 127.0.0.1, holding the
/// demo customer written through that Web API. A second server runs as an agent whose roles withhold read on mentions.
/// </summary>
public sealed class PulseEnvironment : IAsyncDisposable
{
    public const string ControlName = "SocialCrm.SocialPulse";

    private PulseEnvironment(LocalDataverse dataverse, LocalDataverseServer server, LocalDataverseServer restricted, PulseDemoRecords demo, Guid emptyContactId, DateTimeOffset seededAt)
    {
        Dataverse = dataverse;
        Server = server;
        Restricted = restricted;
        Demo = demo;
        EmptyContactId = emptyContactId;
        SeededAt = seededAt;
    }

    public LocalDataverse Dataverse { get; }

    public LocalDataverseServer Server { get; }

    /// <summary>The same environment, every request made as a user without prvReadscrm_mention.</summary>
    public LocalDataverseServer Restricted { get; }

    public PulseDemoRecords Demo { get; }

    /// <summary>A contact with no social profile, conversation or mention.</summary>
    public Guid EmptyContactId { get; }

    public DateTimeOffset SeededAt { get; }

    public static async Task<PulseEnvironment> StartAsync(string controlFolder)
    {
        var dataverse = LocalDataverse.FromSolution(SolutionZips.Managed).Build();
        var controls = new Dictionary<string, string> { [ControlName] = controlFolder };
        var server = await LocalDataverseServer.StartAsync(dataverse, new WebApiOptions { Controls = controls });
        var agent = dataverse.CreateUser("Agent without mention access");
        dataverse.WithholdPrivilege(agent, "prvReadscrm_mention");
        var restricted = await LocalDataverseServer.StartAsync(dataverse, new WebApiOptions { Controls = controls, CallerId = agent });

        using var webApi = new HttpClient { BaseAddress = server.ServiceRoot };
        var seededAt = DateTimeOffset.UtcNow;
        var demo = await PulseDemoData.SeedAsync(webApi, seededAt);
        var emptyContact = dataverse.GetOrganizationService().Create(new Entity("contact") { ["firstname"] = "Quiet", ["lastname"] = "Customer" });
        return new PulseEnvironment(dataverse, server, restricted, demo, emptyContact, seededAt);
    }

    public Uri PageOf(string entityName, Guid id, LocalDataverseServer? server = null) =>
        ControlHostEndpoints.PageAddress((server ?? Server).ServiceRoot, ControlName, entityName, id);

    /// <summary>What LocalDataverse holds: the contact's own mentions (author profile linked to the contact).</summary>
    public IReadOnlyList<Entity> MentionsOf(Guid contactId)
    {
        var query = new QueryExpression("scrm_mention") { ColumnSet = new ColumnSet(true) };
        var author = query.AddLink("scrm_socialprofile", "scrm_authorprofileid", "scrm_socialprofileid");
        author.LinkCriteria.AddCondition("scrm_contactid", ConditionOperator.Equal, contactId);
        return Dataverse.GetOrganizationService().RetrieveMultiple(query).Entities.ToList();
    }

    public IReadOnlyList<Entity> Rows(string table, params ConditionExpression[] conditions)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(true) };
        foreach (var condition in conditions)
        {
            query.Criteria.AddCondition(condition);
        }

        return Dataverse.GetOrganizationService().RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>The label of a choice column's value, from the metadata the zip brought (what a user reads on a form).</summary>
    public string Label(Entity row, string column) =>
        Dataverse.Metadata.FindTable(row.LogicalName)!.FindColumn(column)!.Options
            .Single(o => o.Value == row.GetAttributeValue<OptionSetValue>(column).Value).Label;

    public async ValueTask DisposeAsync()
    {
        await Restricted.DisposeAsync();
        await Server.DisposeAsync();
        Dataverse.Dispose();
    }
}
