using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;

namespace SocialCrm.Dataverse.Local.Tests.Messages;

[TestClass]
public sealed class CreateAndRetrieveTests
{
    [TestMethod]
    public void Created_row_reads_back_with_its_values()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();

        var id = service.Create(new Entity(Tables.Profile)
        {
            ["test_name"] = "Ada",
            ["test_network"] = new OptionSetValue(2),
            ["test_followers"] = 42,
            ["test_score"] = 0.75m,
            ["test_verified"] = true,
            ["test_value"] = new Money(12.5m),
        });
        var row = service.Retrieve(Tables.Profile, id, new ColumnSet(true));

        Assert.AreEqual(id, row.Id);
        Assert.AreEqual("Ada", row["test_name"]);
        Assert.AreEqual(2, row.GetAttributeValue<OptionSetValue>("test_network").Value);
        Assert.AreEqual(42, row["test_followers"]);
        Assert.AreEqual(0.75m, row["test_score"]);
        Assert.IsTrue((bool)row["test_verified"]);
        Assert.AreEqual(12.5m, row.GetAttributeValue<Money>("test_value").Value);
    }

    [TestMethod]
    [DataRow(null, 2, DisplayName = "an inactive status on a row created active")]
    [DataRow(1, 1, DisplayName = "an active status on a row created inactive")]
    public void Creating_a_row_whose_status_belongs_to_another_state_fails(int? state, int status)
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var row = new Entity(Tables.Profile) { ["statuscode"] = new OptionSetValue(status) };
        if (state is int given)
        {
            row["statecode"] = new OptionSetValue(given);
        }

        Faults.Expect(ErrorCodes.InvalidStateCodeStatusCode, () => service.Create(row));

        Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public void Platform_columns_are_filled_on_create()
    {
        var now = new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc);
        using var dataverse = Tables.Environment().WithClock(new FixedClock(now)).Build();
        var user = dataverse.CreateUser("Grace");
        var service = dataverse.GetOrganizationService(user);

        var row = service.Retrieve(Tables.Profile, service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" }), new ColumnSet(true));

        Assert.AreEqual(now, row["createdon"]);
        Assert.AreEqual(now, row["modifiedon"]);
        Assert.AreEqual(user, row.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.AreEqual(user, row.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.AreEqual("systemuser", row.GetAttributeValue<EntityReference>("ownerid").LogicalName);
        Assert.AreEqual(0, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(1, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.IsFalse(string.IsNullOrEmpty(row.RowVersion));
    }

    [TestMethod]
    public void A_caller_cannot_set_the_columns_only_the_platform_writes()
    {
        var now = new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc);
        using var dataverse = Tables.Environment().WithClock(new FixedClock(now)).Build();
        var service = dataverse.GetOrganizationService();

        var id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada", ["createdon"] = new DateTime(2001, 1, 1) });

        Assert.AreEqual(now, service.Retrieve(Tables.Profile, id, new ColumnSet("createdon"))["createdon"]);
    }

    [TestMethod]
    public void Create_with_a_given_id_keeps_it()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = Guid.NewGuid();

        Assert.AreEqual(id, service.Create(new Entity(Tables.Profile, id) { ["test_name"] = "Ada" }));
    }

    [TestMethod]
    public void The_callers_entity_is_left_as_it_was_sent()
    {
        using var dataverse = Tables.Environment()
            .WithStep<SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins.StampingPlugin>("Create", Tables.Profile, Registration.PipelineStage.PreOperation, configure: s => s with { UnsecureConfiguration = "stamped" })
            .Build();
        var service = dataverse.GetOrganizationService();
        var target = new Entity(Tables.Profile) { ["test_name"] = "Ada" };

        var first = service.Create(target);
        var second = service.Create(target);

        Assert.AreEqual(Guid.Empty, target.Id);
        Assert.AreEqual("Ada", target["test_name"]);
        Assert.AreNotEqual(first, second);
    }

    [TestMethod]
    public void Null_columns_are_left_out_of_a_retrieved_row()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();

        var row = service.Retrieve(Tables.Profile, service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" }), new ColumnSet(true));

        Assert.IsFalse(row.Contains("test_followers"));
    }

    [TestMethod]
    public void Retrieve_returns_only_the_columns_asked_for_and_the_key()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada", ["test_followers"] = 3 });

        var row = service.Retrieve(Tables.Profile, id, new ColumnSet("test_followers"));

        CollectionAssert.AreEquivalent(new[] { "test_followers", "test_profileid" }, new System.Collections.Generic.List<string>(row.Attributes.Keys));
    }

    [TestMethod]
    public void Retrieving_a_missing_row_fails_with_ObjectDoesNotExist()
    {
        using var dataverse = Tables.Environment().Build();

        var fault = Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => dataverse.GetOrganizationService().Retrieve(Tables.Profile, Guid.NewGuid(), new ColumnSet(true)));

        StringAssert.Contains(fault.Message, "Does Not Exist");
    }

    [TestMethod]
    public void An_unknown_column_fails_as_in_Dataverse()
    {
        using var dataverse = Tables.Environment().Build();

        var fault = Faults.Expect(ErrorCodes.QueryBuilderNoAttribute, () => dataverse.GetOrganizationService().Create(new Entity(Tables.Profile) { ["test_nope"] = "x" }));

        StringAssert.Contains(fault.Message, "test_nope");
    }

    [TestMethod]
    [DataRow("test_followers", "42", DisplayName = "text in a whole number")]
    [DataRow("test_name", 42, DisplayName = "a number in a text")]
    [DataRow("test_network", 2, DisplayName = "an int in a choice")]
    [DataRow("test_verified", "yes", DisplayName = "text in a yes/no")]
    public void A_value_of_the_wrong_type_fails_with_InvalidArgument(string column, object value)
    {
        using var dataverse = Tables.Environment().Build();

        var fault = Faults.Expect(ErrorCodes.InvalidArgument, () => dataverse.GetOrganizationService().Create(new Entity(Tables.Profile) { [column] = value }));

        StringAssert.StartsWith(fault.Message, "Incorrect attribute value type");
    }

    [TestMethod]
    public void Text_longer_than_its_column_fails_with_StringLengthTooLong()
    {
        using var dataverse = Tables.Environment().Build();

        Faults.Expect(ErrorCodes.StringLengthTooLong, () => dataverse.GetOrganizationService().Create(new Entity(Tables.Profile) { ["test_name"] = new string('a', 101) }));
    }

    [TestMethod]
    public void A_choice_value_the_column_does_not_define_fails()
    {
        using var dataverse = Tables.Environment().Build();

        Faults.Expect(ErrorCodes.PicklistValueOutOfRange, () => dataverse.GetOrganizationService().Create(new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(9) }));
    }

    [TestMethod]
    public void A_lookup_to_a_row_that_does_not_exist_fails()
    {
        using var dataverse = Tables.Environment().Build();

        Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => dataverse.GetOrganizationService().Create(new Entity(Tables.Profile) { ["test_contactid"] = new EntityReference("contact", Guid.NewGuid()) }));
    }

    [TestMethod]
    public void A_single_write_with_lookups_to_missing_rows_names_the_first_missing_row()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var profile = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });
        var (missingProfile, missingContact) = (Guid.NewGuid(), Guid.NewGuid());

        var fault = Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => service.Create(new Entity(Tables.Post)
        {
            ["test_profileid"] = new EntityReference(Tables.Profile, profile),
            ["regardingobjectid"] = new EntityReference("contact", missingContact),
            ["ownerid"] = new EntityReference("systemuser", Guid.NewGuid()),
            ["test_externalid"] = "post-1",
        }));
        var second = Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => service.Create(new Entity(Tables.Post)
        {
            ["regardingobjectid"] = new EntityReference(Tables.Profile, profile),
            ["test_profileid"] = new EntityReference(Tables.Profile, missingProfile),
        }));

        StringAssert.Contains(fault.Message, missingContact.ToString());
        StringAssert.Contains(second.Message, missingProfile.ToString());
    }

    [TestMethod]
    public void A_lookup_can_name_its_row_by_alternate_key()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var profile = service.Create(new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "ada" });

        var post = service.Create(new Entity(Tables.Post)
        {
            ["subject"] = "hello",
            ["test_profileid"] = new EntityReference(Tables.Profile, new KeyAttributeCollection { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "ada" }),
        });

        Assert.AreEqual(profile, service.Retrieve(Tables.Post, post, new ColumnSet("test_profileid")).GetAttributeValue<EntityReference>("test_profileid").Id);
    }

    [TestMethod]
    public void A_second_row_with_the_same_alternate_key_fails_with_DuplicateRecord()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        service.Create(new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "ada" });

        var fault = Faults.Expect(ErrorCodes.DuplicateRecord, () => service.Create(new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "ADA" }));

        StringAssert.Contains(fault.Message, "test_network_handle");
    }

    [TestMethod]
    public void A_second_row_with_the_same_id_fails_with_DuplicateRecord()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile));

        Faults.Expect(ErrorCodes.DuplicateRecord, () => service.Create(new Entity(Tables.Profile, id)));
    }

    [TestMethod]
    public void Contact_full_name_is_computed_from_first_and_last_name()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity("contact") { ["firstname"] = "Ada", ["lastname"] = "Lovelace" });

        service.Update(new Entity("contact", id) { ["lastname"] = "King" });

        Assert.AreEqual("Ada King", service.Retrieve("contact", id, new ColumnSet("fullname"))["fullname"]);
    }

    [TestMethod]
    public void An_unknown_table_fails()
    {
        using var dataverse = Tables.Environment().Build();

        Faults.Expect(ErrorCodes.QueryBuilderNoEntity, () => dataverse.GetOrganizationService().Create(new Entity("test_nothing")));
    }

    [TestMethod]
    public void A_message_nobody_handles_fails_naming_it()
    {
        using var dataverse = Tables.Environment().Build();

        var fault = Faults.Expect(ErrorCodes.NotImplemented, () => dataverse.GetOrganizationService().Execute(new OrganizationRequest("test_Unknown")));

        StringAssert.Contains(fault.Message, "test_Unknown");
    }
}
