using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.LocalDataverse.Faults;

namespace SocialCrm.LocalDataverse.Tests.Messages;

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
}
