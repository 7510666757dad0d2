using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;

namespace SocialCrm.Dataverse.Local.Tests.Messages;

[TestClass]
public sealed class UpdateAndDeleteTests
{
    [TestMethod]
    public void Update_writes_only_the_columns_it_carries()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada", ["test_followers"] = 1 });

        service.Update(new Entity(Tables.Profile, id) { ["test_followers"] = 2 });
        var row = service.Retrieve(Tables.Profile, id, new ColumnSet(true));

        Assert.AreEqual("Ada", row["test_name"]);
        Assert.AreEqual(2, row["test_followers"]);
    }

    [TestMethod]
    public void Update_with_null_clears_a_column()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });

        service.Update(new Entity(Tables.Profile, id) { ["test_name"] = null });

        Assert.IsFalse(service.Retrieve(Tables.Profile, id, new ColumnSet(true)).Contains("test_name"));
    }

    [TestMethod]
    public void Every_write_gives_the_row_a_new_row_version()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });
        var before = service.Retrieve(Tables.Profile, id, new ColumnSet(false)).RowVersion;

        service.Update(new Entity(Tables.Profile, id) { ["test_name"] = "Ada L." });

        Assert.AreNotEqual(before, service.Retrieve(Tables.Profile, id, new ColumnSet(false)).RowVersion);
    }

    [TestMethod]
    public void Rows_written_after_a_failed_batch_still_get_row_versions_no_row_had()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var first = service.Create(new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "ada" });
        var batch = ((CreateMultipleResponse)service.Execute(new CreateMultipleRequest
        {
            Targets = new EntityCollection(new[] { Profile("grace"), Profile("alan") }) { EntityName = Tables.Profile },
        })).Ids;
        Faults.Expect(ErrorCodes.DuplicateRecord, () => service.Execute(new CreateMultipleRequest
        {
            Targets = new EntityCollection(new[] { Profile("edsger"), Profile("ada") }) { EntityName = Tables.Profile },
        }));

        var after = service.Create(Profile("barbara"));

        var versions = new[] { first, batch[0], batch[1], after }.Select(id => long.Parse(service.Retrieve(Tables.Profile, id, new ColumnSet(false)).RowVersion)).ToList();
        CollectionAssert.AllItemsAreUnique(versions);
        Assert.IsTrue(versions[3] > versions.Take(3).Max(), "the write after the failed batch has the newest version");
    }

    [TestMethod]
    public void Update_by_alternate_key_finds_the_row()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "ada" });

        service.Update(new Entity(Tables.Profile, new KeyAttributeCollection { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "ada" }) { ["test_followers"] = 7 });

        Assert.AreEqual(7, service.Retrieve(Tables.Profile, id, new ColumnSet("test_followers"))["test_followers"]);
    }

    [TestMethod]
    public void Updating_a_missing_row_fails_with_ObjectDoesNotExist()
    {
        using var dataverse = Tables.Environment().Build();

        Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => dataverse.GetOrganizationService().Update(new Entity(Tables.Profile, Guid.NewGuid()) { ["test_name"] = "x" }));
    }

    [TestMethod]
    public void Update_that_would_duplicate_an_alternate_key_fails_with_DuplicateRecord()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        service.Create(new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "ada" });
        var other = service.Create(new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "grace" });

        Faults.Expect(ErrorCodes.DuplicateRecord, () => service.Update(new Entity(Tables.Profile, other) { ["test_handle"] = "ada" }));
    }

    [TestMethod]
    public void Update_that_would_duplicate_an_alternate_key_leaves_the_rows_other_columns_as_they_were()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        service.Create(new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "ada" });
        var other = service.Create(new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "grace", ["test_followers"] = 1 });

        Faults.Expect(ErrorCodes.DuplicateRecord, () => service.Update(new Entity(Tables.Profile, other) { ["test_handle"] = "ada", ["test_followers"] = 2 }));

        var row = service.Retrieve(Tables.Profile, other, new ColumnSet("test_handle", "test_followers"));
        Assert.AreEqual("grace", row["test_handle"]);
        Assert.AreEqual(1, row["test_followers"]);
    }

    // Keys and find columns compare without case, but the value stored is the one written.
    [TestMethod]
    public void Update_that_changes_only_the_case_of_a_key_column_stores_the_new_case()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "ada" });

        service.Update(new Entity(Tables.Profile, id) { ["test_handle"] = "Ada", ["test_followers"] = 3 });

        var row = service.Retrieve(Tables.Profile, id, new ColumnSet("test_handle", "test_followers"));
        Assert.AreEqual("Ada", row["test_handle"]);
        Assert.AreEqual(3, row["test_followers"]);
    }

    [TestMethod]
    public void Rows_are_found_by_the_lookup_an_update_set_and_by_an_unchanged_one_it_wrote_again()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var ada = service.Create(new Entity("contact") { ["lastname"] = "Lovelace" });
        var grace = service.Create(new Entity("contact") { ["lastname"] = "Hopper" });
        var moved = service.Create(new Entity(Tables.Profile) { ["test_name"] = "moved", ["test_contactid"] = new EntityReference("contact", ada) });
        var kept = service.Create(new Entity(Tables.Profile) { ["test_name"] = "kept", ["test_contactid"] = new EntityReference("contact", ada) });

        service.Update(new Entity(Tables.Profile, moved) { ["test_contactid"] = new EntityReference("contact", grace), ["test_followers"] = 1 });
        service.Update(new Entity(Tables.Profile, kept) { ["test_contactid"] = new EntityReference("contact", ada), ["test_followers"] = 2 });

        Assert.AreEqual("kept", ProfilesOf(service, ada).Single());
        Assert.AreEqual("moved", ProfilesOf(service, grace).Single());
    }

    [TestMethod]
    public void Update_with_the_current_row_version_succeeds_when_concurrency_is_checked()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });
        var read = service.Retrieve(Tables.Profile, id, new ColumnSet(false));

        service.Execute(new UpdateRequest { Target = new Entity(Tables.Profile, id) { RowVersion = read.RowVersion, ["test_name"] = "Ada L." }, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });

        Assert.AreEqual("Ada L.", service.Retrieve(Tables.Profile, id, new ColumnSet("test_name"))["test_name"]);
    }

    [TestMethod]
    public void Update_with_a_stale_row_version_fails_with_ConcurrencyVersionMismatch()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });
        var stale = service.Retrieve(Tables.Profile, id, new ColumnSet(false)).RowVersion;
        service.Update(new Entity(Tables.Profile, id) { ["test_name"] = "Someone else" });

        var fault = Faults.Expect(ErrorCodes.ConcurrencyVersionMismatch, () => service.Execute(new UpdateRequest
        {
            Target = new Entity(Tables.Profile, id) { RowVersion = stale, ["test_name"] = "Ada L." },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));

        Assert.AreEqual("The version of the existing record doesn't match the RowVersion property provided.", fault.Message);
        Assert.AreEqual("Someone else", service.Retrieve(Tables.Profile, id, new ColumnSet("test_name"))["test_name"]);
    }

    [TestMethod]
    public void Checked_concurrency_without_a_row_version_fails_with_ConcurrencyVersionNotProvided()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile));

        Faults.Expect(ErrorCodes.ConcurrencyVersionNotProvided, () => service.Execute(new UpdateRequest { Target = new Entity(Tables.Profile, id), ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));
    }

    [TestMethod]
    public void Delete_with_a_stale_row_version_fails_and_keeps_the_row()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile));
        var stale = service.Retrieve(Tables.Profile, id, new ColumnSet(false)).RowVersion;
        service.Update(new Entity(Tables.Profile, id) { ["test_name"] = "changed" });

        Faults.Expect(ErrorCodes.ConcurrencyVersionMismatch, () => service.Execute(new DeleteRequest { Target = new EntityReference(Tables.Profile, id) { RowVersion = stale }, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));

        Assert.AreEqual(id, service.Retrieve(Tables.Profile, id, new ColumnSet(false)).Id);
    }

    [TestMethod]
    public void Delete_removes_the_row()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile));

        service.Delete(Tables.Profile, id);

        Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => service.Retrieve(Tables.Profile, id, new ColumnSet(false)));
    }

    [TestMethod]
    public void Deleting_a_missing_row_fails_with_ObjectDoesNotExist()
    {
        using var dataverse = Tables.Environment().Build();

        Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => dataverse.GetOrganizationService().Delete(Tables.Profile, Guid.NewGuid()));
    }

    [TestMethod]
    public void Setting_the_state_alone_moves_the_status_to_the_first_status_of_that_state()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile));

        service.Update(new Entity(Tables.Profile, id) { ["statecode"] = new OptionSetValue(1) });

        Assert.AreEqual(2, service.Retrieve(Tables.Profile, id, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [TestMethod]
    public void Setting_a_status_of_another_state_than_the_rows_fails_and_changes_nothing()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile));

        Faults.Expect(ErrorCodes.InvalidStateCodeStatusCode, () => service.Update(new Entity(Tables.Profile, id) { ["statuscode"] = new OptionSetValue(2) }));

        Assert.AreEqual(1, service.Retrieve(Tables.Profile, id, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [TestMethod]
    public void Setting_state_and_a_status_of_that_state_together_is_accepted()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile));

        service.Update(new Entity(Tables.Profile, id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
        service.Update(new Entity(Tables.Profile, id) { ["statuscode"] = new OptionSetValue(2) });

        var row = service.Retrieve(Tables.Profile, id, new ColumnSet("statecode", "statuscode"));
        Assert.AreEqual(1, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(2, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }

    [TestMethod]
    public void Associate_and_disassociate_set_and_clear_the_lookup_of_a_one_to_many_relationship()
    {
        using var dataverse = Tables.Environment()
            .WithRelationship(new SocialCrm.Dataverse.Local.Metadata.RelationshipDefinition("test_contact_profiles", "contact", Tables.Profile, "test_contactid"))
            .Build();
        var service = dataverse.GetOrganizationService();
        var contact = service.Create(new Entity("contact") { ["lastname"] = "Lovelace" });
        var profile = service.Create(new Entity(Tables.Profile));
        var related = new EntityReferenceCollection { new EntityReference(Tables.Profile, profile) };

        service.Associate("contact", contact, new Relationship("test_contact_profiles"), related);
        var linked = service.Retrieve(Tables.Profile, profile, new ColumnSet("test_contactid")).GetAttributeValue<EntityReference>("test_contactid");
        service.Disassociate("contact", contact, new Relationship("test_contact_profiles"), related);

        Assert.AreEqual(contact, linked.Id);
        Assert.IsFalse(service.Retrieve(Tables.Profile, profile, new ColumnSet("test_contactid")).Contains("test_contactid"));
    }

    private static Entity Profile(string handle) =>
        new(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = handle };

    private static string[] ProfilesOf(IOrganizationService service, Guid contact)
    {
        var query = new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_name") };
        query.Criteria.AddCondition("test_contactid", ConditionOperator.Equal, contact);
        return service.RetrieveMultiple(query).Entities.Select(e => (string)e["test_name"]).ToArray();
    }
}
