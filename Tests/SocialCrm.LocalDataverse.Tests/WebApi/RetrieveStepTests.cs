using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.WebApi.Plugins;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// A GET of one record is the Retrieve message whatever it asks for, so a step on Retrieve runs once per read and a
/// step on RetrieveMultiple not at all; the names and expanded records it shows are the platform's to add.
/// </summary>
[TestClass]
public sealed class RetrieveStepTests
{
    private WebApiHost host = null!;
    private Guid alice;

    [TestInitialize]
    public async Task StartAsync()
    {
        var dataverse = Tables.Environment()
            .WithStep<TracingPlugin>("Retrieve", Tables.Profile, PipelineStage.PostOperation)
            .WithStep<TracingPlugin>("RetrieveMultiple", Tables.Profile, PipelineStage.PostOperation)
            .Build();
        host = await WebApiHost.StartAsync(dataverse);
        var ada = host.Service.Create(new Entity("contact") { ["fullname"] = "Ada Lovelace" });
        alice = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Alice", ["test_contactid"] = new EntityReference("contact", ada) });
    }

    [TestCleanup]
    public async Task StopAsync() => await host.DisposeAsync();

    [TestMethod]
    [DataRow("?$select=test_name", "", DisplayName = "plain read")]
    [DataRow("?$select=test_name&$expand=test_contactid($select=fullname)", "", DisplayName = "with $expand")]
    [DataRow("?$select=test_name,_test_contactid_value", "OData.Community.Display.V1.FormattedValue", DisplayName = "with formatted values")]
    [DataRow("?$select=_test_contactid_value&$expand=test_contactid($select=fullname)", "*", DisplayName = "with $expand and every annotation")]
    public async Task A_get_of_one_record_runs_the_retrieve_step_once_and_no_retrieve_multiple_step(string query, string annotations)
    {
        var headers = annotations.Length == 0 ? Array.Empty<(string, string)>() : new[] { ("Prefer", $"odata.include-annotations=\"{annotations}\"") };

        await host.GetJsonAsync($"test_profiles({alice}){query}", headers);

        CollectionAssert.AreEqual(new[] { "Retrieve" }, host.Dataverse.TraceLog.For(nameof(TracingPlugin)).Select(e => e.MessageName).ToArray());
    }

    [TestMethod]
    public async Task A_get_with_expand_and_formatted_values_still_shows_the_related_record_and_the_lookup_name()
    {
        var record = await host.GetJsonAsync(
            $"test_profiles({alice})?$select=test_name,_test_contactid_value&$expand=test_contactid($select=fullname)",
            ("Prefer", "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\""));

        Assert.AreEqual("Alice", record.GetProperty("test_name").GetString());
        Assert.AreEqual("Ada Lovelace", record.GetProperty("_test_contactid_value@OData.Community.Display.V1.FormattedValue").GetString());
        Assert.AreEqual("Ada Lovelace", record.GetProperty("test_contactid").GetProperty("fullname").GetString());
    }
}
