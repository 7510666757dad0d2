using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// The parts of $metadata clients lean on, as Dataverse writes them: the schema alias mscrm, activity tables derived
/// from activitypointer, ownerid typed principal with systemuser and team derived from it, and collection-valued
/// navigation properties named after their relationships. Read back with Microsoft.OData.Edm's CSDL reader.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-service-documents#csdl-metadata-document
/// </summary>
[TestClass]
public sealed class MetadataShapeTests
{
    private const string Namespace = "Microsoft.Dynamics.CRM";

    private static WebApiHost host = null!;
    private static IEdmModel model = null!;
    private static XDocument csdl = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        host = await WebApiHost.StartAsync(Tables.Environment()
            .WithRelationship(new Local.Metadata.RelationshipDefinition("test_profile_test_post", Tables.Profile, Tables.Post, "test_profileid"))
            .Build());
        using var response = await host.GetAsync("$metadata");
        var text = await response.Content.ReadAsStringAsync();
        csdl = XDocument.Parse(text);
        using var reader = XmlReader.Create(new StringReader(text));
        Assert.IsTrue(CsdlReader.TryParse(reader, out model, out var errors), string.Join(Environment.NewLine, errors));
    }

    [ClassCleanup]
    public static async Task StopAsync() => await host.DisposeAsync();

    [TestMethod]
    public void Schema_carries_the_mscrm_alias_and_types_name_each_other_by_it()
    {
        var schema = csdl.Descendants().Single(e => e.Name.LocalName == "Schema");
        var post = schema.Elements().Single(e => e.Name.LocalName == "EntityType" && (string?)e.Attribute("Name") == Tables.Post);

        Assert.AreEqual("mscrm", (string?)schema.Attribute("Alias"));
        Assert.AreEqual("mscrm.activitypointer", (string?)post.Attribute("BaseType"));
    }

    [TestMethod]
    public void Activity_table_derives_from_activitypointer_and_inherits_its_key_and_columns()
    {
        var post = (IEdmEntityType)model.FindDeclaredType($"{Namespace}.{Tables.Post}");

        Assert.AreEqual($"{Namespace}.activitypointer", post.BaseEntityType().FullName());
        Assert.AreEqual("activityid", post.Key().Single().Name);
        Assert.IsFalse(post.DeclaredProperties.Any(p => p.Name == "subject"), "subject is activitypointer's");
        Assert.IsNotNull(post.FindProperty("subject"));
        Assert.IsTrue(post.DeclaredProperties.Any(p => p.Name == "test_externalid"));
    }

    [TestMethod]
    public void Ownerid_is_typed_principal_which_systemuser_and_team_derive_from()
    {
        var profile = (IEdmEntityType)model.FindDeclaredType($"{Namespace}.{Tables.Profile}");
        var principal = (IEdmEntityType)model.FindDeclaredType($"{Namespace}.principal");

        Assert.AreEqual(principal, ((IEdmNavigationProperty)profile.FindProperty("ownerid")).ToEntityType());
        Assert.IsTrue(principal.IsAbstract);
        Assert.AreEqual("ownerid", principal.Key().Single().Name);
        Assert.AreEqual(principal, ((IEdmEntityType)model.FindDeclaredType($"{Namespace}.systemuser")).BaseEntityType());
        Assert.AreEqual(principal, ((IEdmEntityType)model.FindDeclaredType($"{Namespace}.team")).BaseEntityType());
    }

    [TestMethod]
    public void One_side_of_a_relationship_has_a_collection_valued_navigation_property_named_after_it()
    {
        var profile = (IEdmEntityType)model.FindDeclaredType($"{Namespace}.{Tables.Profile}");

        var posts = (IEdmNavigationProperty)profile.FindProperty("test_profile_test_post");

        Assert.IsTrue(posts.Type.IsCollection());
        Assert.AreEqual($"{Namespace}.{Tables.Post}", posts.ToEntityType().FullName());
    }

    [TestMethod]
    public async Task Records_of_derived_types_are_read_by_their_keys()
    {
        var user = host.Dataverse.CreateUser("Grace Hopper");
        var post = host.Service.Create(new Entity(Tables.Post) { ["subject"] = "hello" });

        var userRecord = await host.GetJsonAsync($"systemusers({user})?$select=fullname");
        var postRecord = await host.GetJsonAsync($"test_posts({post})?$select=subject");

        Assert.AreEqual("Grace Hopper", userRecord.GetProperty("fullname").GetString());
        Assert.AreEqual("hello", postRecord.GetProperty("subject").GetString());
    }
}
