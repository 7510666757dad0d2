using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Solutions;
using SocialCrm.Dataverse.Local.Tests.Solutions;

namespace SocialCrm.Dataverse.Local.Tests.Metadata;

[TestClass]
public sealed class MetadataCatalogTests
{
    [TestMethod]
    [DataRow("contact", "contactid", "fullname", DisplayName = "contact")]
    [DataRow("account", "accountid", "name", DisplayName = "account")]
    [DataRow("incident", "incidentid", "title", DisplayName = "incident (case)")]
    [DataRow("systemuser", "systemuserid", "fullname", DisplayName = "systemuser")]
    [DataRow("team", "teamid", "name", DisplayName = "team")]
    [DataRow("environmentvariabledefinition", "environmentvariabledefinitionid", "schemaname", DisplayName = "environmentvariabledefinition")]
    [DataRow("environmentvariablevalue", "environmentvariablevalueid", "schemaname", DisplayName = "environmentvariablevalue")]
    [DataRow("activitypointer", "activityid", "subject", DisplayName = "activitypointer")]
    public void Standard_tables_the_product_touches_are_built_in(string table, string primaryId, string primaryName)
    {
        var definition = MetadataCatalog.WithStandardTables().FindTable(table)!;

        Assert.AreEqual(primaryId, definition.PrimaryIdColumn);
        Assert.AreEqual(primaryName, definition.PrimaryNameColumn);
    }

    [TestMethod]
    public void Every_table_gets_the_platform_columns()
    {
        var table = MetadataCatalog.WithStandardTables().Add(new TableBuilder("scrm_thing").WithPrimaryName("scrm_name").Build()).FindTable("scrm_thing")!;

        foreach (var column in new[] { "createdon", "modifiedon", "createdby", "modifiedby", "ownerid", "statecode", "statuscode", "versionnumber" })
        {
            Assert.IsTrue(table.HasColumn(column), column);
        }
    }

    [TestMethod]
    public void Organization_owned_tables_have_no_owner()
    {
        var table = new MetadataCatalog().Add(new TableBuilder("scrm_setting").OwnedBy(OwnershipType.OrganizationOwned).Build()).FindTable("scrm_setting")!;

        Assert.IsFalse(table.HasColumn("ownerid"));
    }

    [TestMethod]
    public void Activity_tables_are_keyed_by_activityid_and_carry_the_activitypointer_columns()
    {
        var mention = Catalog().FindTable("scrm_mention")!;

        Assert.AreEqual("activityid", mention.PrimaryIdColumn);
        Assert.IsTrue(mention.IsActivity);
        Assert.AreEqual(ColumnType.Lookup, mention.FindColumn("regardingobjectid")!.Type);
        Assert.AreEqual(new[] { 0, 1, 2, 3 }.Length, mention.FindColumn("statecode")!.Options.Count);
        Assert.IsTrue(mention.HasColumn("subject") && mention.HasColumn("description"));
    }

    [TestMethod]
    public void A_solution_extending_a_standard_table_adds_columns_and_keeps_the_standard_ones()
    {
        var contact = Catalog().FindTable("contact")!;

        Assert.IsTrue(contact.HasColumn("scrm_preferrednetwork"));
        Assert.IsTrue(contact.HasColumn("emailaddress1"));
        Assert.AreEqual("fullname", contact.PrimaryNameColumn);
    }

    [TestMethod]
    public void A_relationship_makes_its_referenced_table_the_lookup_target()
    {
        CollectionAssert.AreEqual(new[] { "contact" }, Catalog().FindTable("scrm_socialprofile")!.FindColumn("scrm_contactid")!.Targets.ToArray());
    }

    [TestMethod]
    public void Customer_and_owner_columns_point_to_their_standard_tables()
    {
        var incident = MetadataCatalog.WithStandardTables().FindTable("incident")!;

        CollectionAssert.AreEquivalent(new[] { "account", "contact" }, incident.FindColumn("customerid")!.Targets.ToArray());
        CollectionAssert.AreEquivalent(new[] { "systemuser", "team" }, incident.FindColumn("ownerid")!.Targets.ToArray());
    }

    [TestMethod]
    public void Tables_are_found_by_their_web_api_collection_name()
    {
        Assert.AreEqual("scrm_socialprofile", Catalog().FindTableByEntitySetName("scrm_socialprofiles")!.LogicalName);
    }

    private static MetadataCatalog Catalog()
    {
        var solution = SolutionPackage.Read(SampleSolution.Folder);
        var catalog = MetadataCatalog.WithStandardTables();
        solution.Tables.ForEach(t => catalog.Add(t));
        solution.Relationships.ForEach(r => catalog.Add(r));
        return catalog;
    }
}
