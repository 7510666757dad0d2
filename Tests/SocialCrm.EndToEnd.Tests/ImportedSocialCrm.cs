using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local;
using SocialCrm.Plugins.Schema;
using SocialCrm.Tests.Shared;

namespace SocialCrm.EndToEnd.Tests;

/// <summary>
/// A LocalDataverse built from the managed zip an admin imports, and nothing else: every table, step, Custom API and
/// environment variable comes from the zip. Seeds and reads are plain organisation-service calls.
/// </summary>
public sealed class ImportedSocialCrm : IDisposable
{
    private ImportedSocialCrm(LocalDataverse dataverse)
    {
        Dataverse = dataverse;
        Service = dataverse.GetOrganizationService(dataverse.CreateUser("SocialCrm worker", isApplicationUser: true));
    }

    public LocalDataverse Dataverse { get; }

    public IOrganizationService Service { get; }

    public static ImportedSocialCrm Start(Func<LocalDataverseBuilder, LocalDataverseBuilder>? configure = null) =>
        new((configure ?? (b => b))(LocalDataverse.FromSolution(SolutionZips.Managed)).Build());

    public Guid CreateContact(string firstName, string lastName, string email) =>
        Service.Create(new Entity(StandardTables.Contact.LogicalName)
        {
            [StandardTables.Contact.FirstName] = firstName,
            [StandardTables.Contact.LastName] = lastName,
            [StandardTables.Contact.Email] = email,
        });

    public Entity Single(string table, string column, object value) =>
        All(table, new ConditionExpression(column, ConditionOperator.Equal, value)).Single();

    public Entity[] All(string table, params ConditionExpression[] conditions)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(true) };
        foreach (var condition in conditions)
        {
            query.Criteria.AddCondition(condition);
        }
        return Service.RetrieveMultiple(query).Entities.ToArray();
    }

    public void Dispose() => Dataverse.Dispose();
}
