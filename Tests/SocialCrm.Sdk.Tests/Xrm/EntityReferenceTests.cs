using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Sdk.Tests.Xrm;

[TestClass]
public sealed class EntityReferenceTests
{
    private static readonly Guid AccountId = new("1f0a5f1c-5b5e-4b8e-9a53-0d3f3b8f1a01");

    [TestMethod]
    public void References_to_the_same_table_and_id_are_equal_whatever_their_name_or_row_version()
    {
        var first = new EntityReference("account", AccountId) { Name = "Contoso", RowVersion = "1" };
        var second = new EntityReference("account", AccountId) { Name = "Contoso Ltd", RowVersion = "2" };

        Assert.AreEqual(first, second);
        Assert.AreEqual(first.GetHashCode(), second.GetHashCode());
    }

    [TestMethod]
    [DataRow("contact", "1f0a5f1c-5b5e-4b8e-9a53-0d3f3b8f1a01", DisplayName = "Other table, same id")]
    [DataRow("account", "2f0a5f1c-5b5e-4b8e-9a53-0d3f3b8f1a02", DisplayName = "Same table, other id")]
    public void References_to_another_table_or_id_are_not_equal(string logicalName, string id)
    {
        var account = new EntityReference("account", AccountId);

        Assert.AreNotEqual(account, new EntityReference(logicalName, Guid.Parse(id)));
    }

    [TestMethod]
    public void Equal_references_find_each_other_as_dictionary_keys()
    {
        var owners = new Dictionary<EntityReference, string> { [new EntityReference("account", AccountId)] = "Contoso" };

        Assert.AreEqual("Contoso", owners[new EntityReference("account", AccountId)]);
    }

    [TestMethod]
    public void Constructor_with_a_key_identifies_the_row_by_its_alternate_key()
    {
        var reference = new EntityReference("scrm_conversation", "scrm_externalthreadid", "t-1");

        Assert.AreEqual(Guid.Empty, reference.Id);
        Assert.AreEqual("t-1", reference.KeyAttributes["scrm_externalthreadid"]);
    }

    [TestMethod]
    public void A_reference_built_from_its_table_and_id_starts_with_no_key_attributes()
    {
        var reference = new EntityReference("account", AccountId);

        Assert.IsEmpty(reference.KeyAttributes);
    }
}
