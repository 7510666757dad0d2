using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Sdk.Tests.Xrm;

[TestClass]
public sealed class EntityTests
{
    [TestMethod]
    public void Indexer_throws_KeyNotFoundException_for_a_column_the_row_does_not_carry()
    {
        var contact = new Entity("contact", Guid.NewGuid());

        Assert.ThrowsExactly<KeyNotFoundException>(() => contact["firstname"]);
    }

    [TestMethod]
    public void Indexer_adds_a_column_then_replaces_its_value()
    {
        var contact = new Entity("contact") { ["firstname"] = "Ada" };
        contact["firstname"] = "Grace";

        Assert.AreEqual("Grace", contact["firstname"]);
        Assert.HasCount(1, contact.Attributes);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity.getattributevalue (remarks: default, not an exception)
    [TestMethod]
    public void GetAttributeValue_returns_the_types_default_for_a_missing_column()
    {
        var contact = new Entity("contact");

        Assert.IsNull(contact.GetAttributeValue<string>("firstname"));
        Assert.IsNull(contact.GetAttributeValue<EntityReference>("parentcustomerid"));
        Assert.IsNull(contact.GetAttributeValue<int?>("numberofchildren"));
        Assert.AreEqual(0, contact.GetAttributeValue<int>("numberofchildren"));
        Assert.AreEqual(DateTime.MinValue, contact.GetAttributeValue<DateTime>("birthdate"));
        Assert.AreEqual(Guid.Empty, contact.GetAttributeValue<Guid>("contactid"));
    }

    [TestMethod]
    public void GetAttributeValue_returns_the_types_default_for_a_column_cleared_to_null()
    {
        var contact = new Entity("contact") { ["numberofchildren"] = null };

        Assert.AreEqual(0, contact.GetAttributeValue<int>("numberofchildren"));
    }

    [TestMethod]
    public void GetAttributeValue_of_another_type_than_the_columns_throws_InvalidCastException()
    {
        var contact = new Entity("contact") { ["gendercode"] = new OptionSetValue(1) };

        Assert.ThrowsExactly<InvalidCastException>(() => contact.GetAttributeValue<int>("gendercode"));
    }

    [TestMethod]
    public void GetAttributeValue_returns_the_value_of_a_present_column()
    {
        var parent = new EntityReference("account", Guid.NewGuid());
        var contact = new Entity("contact") { ["parentcustomerid"] = parent, ["numberofchildren"] = 2 };

        Assert.AreSame(parent, contact.GetAttributeValue<EntityReference>("parentcustomerid"));
        Assert.AreEqual(2, contact.GetAttributeValue<int?>("numberofchildren"));
    }

    [TestMethod]
    public void Contains_is_true_for_a_column_set_to_null_and_false_for_a_missing_one()
    {
        var contact = new Entity("contact") { ["firstname"] = null };

        Assert.IsTrue(contact.Contains("firstname"));
        Assert.IsFalse(contact.Contains("lastname"));
    }

    [TestMethod]
    public void TryGetAttributeValue_gives_the_value_only_when_the_column_holds_that_type()
    {
        var contact = new Entity("contact") { ["firstname"] = "Ada", ["numberofchildren"] = 2 };

        Assert.IsTrue(contact.TryGetAttributeValue("firstname", out string firstName));
        Assert.AreEqual("Ada", firstName);
        Assert.IsFalse(contact.TryGetAttributeValue("lastname", out string _));
        Assert.IsFalse(contact.TryGetAttributeValue("numberofchildren", out string _));
    }

    [TestMethod]
    public void Constructor_with_a_key_sets_the_key_attribute_and_leaves_the_id_empty()
    {
        var profile = new Entity("scrm_socialprofile", "scrm_externaluserid", "12345");

        Assert.AreEqual("scrm_socialprofile", profile.LogicalName);
        Assert.AreEqual(Guid.Empty, profile.Id);
        Assert.AreEqual("12345", profile.KeyAttributes["scrm_externaluserid"]);
        Assert.IsFalse(profile.Contains("scrm_externaluserid"), "A key attribute is not a column of the row.");
    }

    [TestMethod]
    public void ToEntityReference_carries_table_id_row_version_and_key_attributes()
    {
        var id = Guid.NewGuid();
        var keys = new KeyAttributeCollection { { "scrm_platform", 1 }, { "scrm_externaluserid", "12345" } };
        var profile = new Entity("scrm_socialprofile", keys) { Id = id, RowVersion = "42" };

        var reference = profile.ToEntityReference();

        Assert.AreEqual("scrm_socialprofile", reference.LogicalName);
        Assert.AreEqual(id, reference.Id);
        Assert.AreEqual("42", reference.RowVersion);
        Assert.HasCount(2, reference.KeyAttributes);
        Assert.AreEqual("12345", reference.KeyAttributes["scrm_externaluserid"]);
    }

    [TestMethod]
    public void ToEntityReference_copies_the_key_attributes_rather_than_sharing_them()
    {
        var profile = new Entity("scrm_socialprofile", "scrm_externaluserid", "12345");

        var reference = profile.ToEntityReference();
        profile.KeyAttributes["scrm_platform"] = 1;

        Assert.HasCount(1, reference.KeyAttributes);
    }

    [TestMethod]
    public void ToEntityReference_of_a_row_without_a_table_name_throws_NotSupportedException()
    {
        Assert.ThrowsExactly<NotSupportedException>(() => new Entity().ToEntityReference());
    }

    [TestMethod]
    public void ToEntity_gives_an_early_bound_row_that_shares_the_columns()
    {
        var row = new Entity("account", Guid.NewGuid()) { ["name"] = "Contoso" };

        var account = row.ToEntity<Account>();
        row["name"] = "Fabrikam";

        Assert.AreEqual(row.Id, account.Id);
        Assert.AreEqual("Fabrikam", account["name"]);
    }

    [TestMethod]
    public void ToEntity_refuses_a_row_of_another_table_than_the_early_bound_class()
    {
        var contact = new Entity("contact", Guid.NewGuid());

        Assert.ThrowsExactly<NotSupportedException>(() => contact.ToEntity<Account>());
    }

    private sealed class Account : Entity
    {
        public Account()
            : base("account")
        {
        }
    }
}
