using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.Tests.Messages;

[TestClass]
public sealed class ActivityAndRelationshipTests
{
    [TestMethod]
    public void An_activity_row_appears_in_activitypointer_with_its_type_and_regarding_row()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var contact = service.Create(new Entity("contact") { ["lastname"] = "Lovelace" });

        var post = service.Create(new Entity(Tables.Post) { ["subject"] = "hello", ["regardingobjectid"] = new EntityReference("contact", contact) });
        var query = new QueryExpression("activitypointer") { ColumnSet = new ColumnSet("subject", "activitytypecode", "regardingobjectid") };
        query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, contact);
        var timeline = service.RetrieveMultiple(query).Entities.Single();

        Assert.AreEqual(post, timeline.Id);
        Assert.AreEqual("hello", timeline["subject"]);
        Assert.AreEqual(Tables.Post, timeline["activitytypecode"]);
    }

    [TestMethod]
    public void Updating_and_deleting_an_activity_keeps_activitypointer_in_step()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var post = service.Create(new Entity(Tables.Post) { ["subject"] = "hello" });

        service.Update(new Entity(Tables.Post, post) { ["subject"] = "hello again" });
        var updated = service.Retrieve("activitypointer", post, new ColumnSet("subject"))["subject"];
        service.Delete(Tables.Post, post);

        Assert.AreEqual("hello again", updated);
        Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression("activitypointer")).Entities.Count);
    }

    [TestMethod]
    public void Deleting_a_row_empties_the_lookups_that_pointed_to_it()
    {
        using var dataverse = Tables.Environment()
            .WithRelationship(new RelationshipDefinition("test_contact_profiles", "contact", Tables.Profile, "test_contactid"))
            .Build();
        var service = dataverse.GetOrganizationService();
        var contact = service.Create(new Entity("contact") { ["lastname"] = "Lovelace" });
        var profile = service.Create(new Entity(Tables.Profile) { ["test_contactid"] = new EntityReference("contact", contact) });

        service.Delete("contact", contact);

        Assert.IsFalse(service.Retrieve(Tables.Profile, profile, new ColumnSet("test_contactid")).Contains("test_contactid"));
    }
}
