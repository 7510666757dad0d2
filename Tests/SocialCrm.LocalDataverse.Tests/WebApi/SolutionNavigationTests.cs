using System;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Tests.Solutions;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>A solution's lookups keep the navigation names its relationships give them, case included, as in Dataverse.</summary>
[TestClass]
public sealed class SolutionNavigationTests
{
    [TestMethod]
    public async Task Solution_lookup_binds_with_the_schema_name_its_relationship_gives()
    {
        await using var host = await WebApiHost.StartAsync(LocalDataverse.FromSolution(SampleSolution.Folder).Build());
        var contact = host.Service.Create(new Entity("contact") { ["fullname"] = "Ada Lovelace" });

        using var response = await host.SendAsync(System.Net.Http.HttpMethod.Post, "scrm_socialprofiles", $$"""
            {"scrm_name":"Ada","scrm_externaluserid":"42","scrm_platform":746500000,"scrm_ContactId@odata.bind":"/contacts({{contact}})"}
            """);

        Assert.AreEqual(204, (int)response.StatusCode, await response.Content.ReadAsStringAsync());
        var profile = host.Service.RetrieveMultiple(new QueryExpression("scrm_socialprofile") { ColumnSet = new ColumnSet("scrm_contactid") }).Entities[0];
        Assert.AreEqual(contact, profile.GetAttributeValue<EntityReference>("scrm_contactid").Id);
    }
}
