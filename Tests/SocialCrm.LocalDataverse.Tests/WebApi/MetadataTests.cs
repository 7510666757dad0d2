using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Validation;
using Microsoft.OData.UriParser;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>$metadata, read back the way an OData client reads it: Microsoft.OData.Edm's CSDL reader, then its validator.</summary>
[TestClass]
public sealed class MetadataTests
{
    private const string Namespace = "Microsoft.Dynamics.CRM";

    private static WebApiHost host = null!;
    private static IEdmModel model = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        var dataverse = Tables.Environment()
            .WithCustomApi(new CustomApiDefinition("test_Echo", null)
            {
                RequestParameters = new[] { new CustomApiParameter("Text", CustomApiParameterType.String) },
                ResponseProperties = new[]
                {
                    new CustomApiParameter("Length", CustomApiParameterType.Integer),
                    new CustomApiParameter("Profile", CustomApiParameterType.EntityReference, EntityLogicalName: Tables.Profile),
                },
            })
            .WithCustomApi(new CustomApiDefinition("test_Count", null) { IsFunction = true, BindingType = 1, BoundEntityLogicalName = Tables.Profile })
            .Build();
        host = await WebApiHost.StartAsync(dataverse);
        using var response = await host.GetAsync("$metadata");
        Assert.AreEqual(200, (int)response.StatusCode);
        StringAssert.StartsWith(response.Content.Headers.ContentType!.MediaType, "application/xml");
        using var reader = XmlReader.Create(new StringReader(await response.Content.ReadAsStringAsync()));
        Assert.IsTrue(CsdlReader.TryParse(reader, out model, out var errors), string.Join(Environment.NewLine, errors));
    }

    [ClassCleanup]
    public static async Task StopAsync() => await host.DisposeAsync();

    [TestMethod]
    public void Metadata_validates_without_errors()
    {
        model.Validate(out var errors);

        Assert.AreEqual(0, errors.Count(), string.Join(Environment.NewLine, errors));
    }

    [TestMethod]
    public void Every_table_is_an_entity_type_keyed_by_its_primary_key_in_its_entity_set()
    {
        var profile = (IEdmEntityType)model.FindDeclaredType($"{Namespace}.test_profile");

        Assert.AreEqual("test_profileid", profile.Key().Single().Name);
        Assert.AreEqual($"{Namespace}.crmbaseentity", profile.BaseEntityType().FullName());
        Assert.AreEqual(profile, model.EntityContainer.FindEntitySet("test_profiles").EntityType);
        Assert.AreEqual(EdmPrimitiveTypeKind.Int32, profile.FindProperty("test_followers").Type.PrimitiveKind());
        Assert.AreEqual(EdmPrimitiveTypeKind.Decimal, profile.FindProperty("test_value").Type.PrimitiveKind());
        Assert.AreEqual(EdmPrimitiveTypeKind.DateTimeOffset, profile.FindProperty("test_seenon").Type.PrimitiveKind());
        Assert.IsNotNull(model.EntityContainer.FindEntitySet("contacts"));
    }

    [TestMethod]
    public void Alternate_keys_are_declared_as_OData_alternate_key_annotations()
    {
        var profile = (IEdmEntityType)model.FindDeclaredType($"{Namespace}.test_profile");

        var keys = model.GetAlternateKeysAnnotation(profile).ToList();

        Assert.AreEqual(1, keys.Count);
        CollectionAssert.AreEquivalent(new[] { "test_network", "test_handle" }, keys[0].Keys.ToList());
    }

    [TestMethod]
    public void Lookup_is_a_value_property_and_a_navigation_property_to_its_table()
    {
        var profile = (IEdmEntityType)model.FindDeclaredType($"{Namespace}.test_profile");

        var navigation = profile.FindProperty("test_contactid") as IEdmNavigationProperty;

        Assert.IsNotNull(navigation);
        Assert.AreEqual($"{Namespace}.contact", navigation.ToEntityType().FullName());
        Assert.AreEqual("_test_contactid_value", navigation.DependentProperties().Single().Name);
        Assert.AreEqual(EdmPrimitiveTypeKind.Guid, profile.FindProperty("_test_contactid_value").Type.PrimitiveKind());
    }

    [TestMethod]
    public void Multi_table_lookup_has_a_navigation_property_per_table()
    {
        var contact = (IEdmEntityType)model.FindDeclaredType($"{Namespace}.contact");

        Assert.IsInstanceOfType<IEdmNavigationProperty>(contact.FindProperty("parentcustomerid_account"));
        Assert.IsInstanceOfType<IEdmNavigationProperty>(contact.FindProperty("parentcustomerid_contact"));
    }

    [TestMethod]
    public void Actions_and_functions_are_declared()
    {
        Assert.IsTrue(model.FindDeclaredOperations($"{Namespace}.UpsertMultiple").Single().IsBound);
        Assert.IsNotNull(model.EntityContainer.FindOperationImports("WhoAmI").SingleOrDefault());
        var echo = model.EntityContainer.FindOperationImports("test_Echo").Single().Operation;
        Assert.IsTrue(echo.IsAction());
        Assert.AreEqual("Text", echo.Parameters.Single().Name);
        var response = (IEdmComplexType)model.FindDeclaredType($"{Namespace}.test_EchoResponse");
        Assert.IsInstanceOfType<IEdmNavigationProperty>(response.FindProperty("Profile"), "a record in a response is a navigation property");
        Assert.IsTrue(model.FindDeclaredOperations($"{Namespace}.test_Count").Single().IsBound);
    }

    [TestMethod]
    public async Task Service_root_lists_every_entity_set()
    {
        var body = await host.GetJsonAsync(string.Empty);

        var names = Json.Values(body).Select(v => v.GetProperty("name").GetString()).ToList();
        CollectionAssert.IsSubsetOf(new[] { "test_profiles", "test_posts", "contacts", "accounts", "incidents" }, names);
    }

    [TestMethod]
    public void Client_parses_Dataverse_urls_against_the_metadata()
    {
        var parser = new ODataUriParser(model, host.ServiceRoot, new Uri(host.ServiceRoot, "test_profiles(test_network=1,test_handle='ann')?$select=test_name&$expand=test_contactid($select=fullname)"))
        {
            Resolver = new AlternateKeysODataUriResolver(model),
        };

        var uri = parser.ParseUri();

        Assert.IsInstanceOfType<KeySegment>(uri.Path.LastSegment);
        Assert.IsNotNull(uri.SelectAndExpand);
    }
}
