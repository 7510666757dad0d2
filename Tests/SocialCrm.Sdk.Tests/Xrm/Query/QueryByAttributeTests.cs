using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace SocialCrm.Sdk.Tests.Xrm.Query;

[TestClass]
public sealed class QueryByAttributeTests
{
    [TestMethod]
    public void Each_attribute_is_paired_with_the_value_added_with_it()
    {
        var query = new QueryByAttribute("scrm_socialprofile");

        query.AddAttributeValue("scrm_platform", 1);
        query.AddAttributeValue("scrm_externaluserid", "12345");

        CollectionAssert.AreEqual(new[] { "scrm_platform", "scrm_externaluserid" }, query.Attributes.ToArray());
        CollectionAssert.AreEqual(new object[] { 1, "12345" }, query.Values.ToArray());
    }
}
