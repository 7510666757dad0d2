using System;
using System.IO;
using System.Runtime.Serialization;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Sdk.Tests.Xrm;

/// <summary>The types keep Microsoft's data contracts (namespace http://schemas.microsoft.com/xrm/2011/Contracts), so a
/// row serializes the way the organization service writes it.</summary>
[TestClass]
public sealed class DataContractTests
{
    private static readonly Type[] ColumnValueTypes = [typeof(EntityReference), typeof(OptionSetValue), typeof(Money)];

    [TestMethod]
    public void A_row_round_trips_through_the_data_contract_serializer_with_its_columns_and_keys()
    {
        var row = new Entity("contact", Guid.NewGuid())
        {
            ["firstname"] = "Ada",
            ["parentcustomerid"] = new EntityReference("account", Guid.NewGuid()),
            ["gendercode"] = new OptionSetValue(2),
            ["creditlimit"] = new Money(1.5m),
        };
        row.KeyAttributes["emailaddress1"] = "ada@example.com";

        var copy = RoundTrip(row, out var xml);

        Assert.AreEqual("http://schemas.microsoft.com/xrm/2011/Contracts", xml.Root!.Name.NamespaceName);
        Assert.AreEqual("Entity", xml.Root.Name.LocalName);
        Assert.AreEqual(row.Id, copy.Id);
        Assert.AreEqual("Ada", copy["firstname"]);
        Assert.AreEqual(row["parentcustomerid"], copy["parentcustomerid"]);
        Assert.AreEqual(new OptionSetValue(2), copy["gendercode"]);
        Assert.AreEqual(new Money(1.5m), copy["creditlimit"]);
        Assert.AreEqual("ada@example.com", copy.KeyAttributes["emailaddress1"]);
    }

    private static Entity RoundTrip(Entity row, out XDocument xml)
    {
        var serializer = new DataContractSerializer(typeof(Entity), ColumnValueTypes);
        using var stream = new MemoryStream();
        serializer.WriteObject(stream, row);
        stream.Position = 0;
        xml = XDocument.Load(stream);
        stream.Position = 0;
        return (Entity)serializer.ReadObject(stream)!;
    }
}
