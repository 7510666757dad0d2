using System;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local.Solutions;
using SocialCrm.Solution.Tests.Fixtures;
using SocialCrm.Solution.Tests.Schemas;

namespace SocialCrm.Solution.Tests.Packing;

/// <summary>
/// The webhook that tells the worker of new mentions (issue 15): a serviceendpoint (Contract 8, AuthType 4 WebhookKey)
/// and an asynchronous post-operation step on Create of scrm_mention whose handler it is, packed as an export holds them,
/// accepted by CustomizationsSolution.xsd; the key never travels in the zip. LocalDataverse reading it back and posting: EndToEnd's
/// WebhookThroughTheWorkerTests.
/// https://learn.microsoft.com/power-apps/developer/data-platform/register-web-hook
/// </summary>
[TestClass]
public sealed class WebhookEndpointTests
{
    private const string EndpointId = "{a5721cab-4cd4-40be-9606-704383a2da4b}";
    private const string EndpointFile = "ServiceEndpoints/scrm_ReplyWebhook.xml";

    [TestMethod]
    [DataRow(PackageKind.Unmanaged)]
    [DataRow(PackageKind.Managed)]
    public void The_webhook_endpoint_and_its_async_step_on_Create_of_scrm_mention_are_packed_as_an_export_holds_them(PackageKind kind)
    {
        var zip = PackedSolution.Current.Zip(kind);

        var endpoint = zip.Customizations.Root!.Element("ServiceEndpoints")!.Elements("ServiceEndpoint").Single();
        Assert.AreEqual(EndpointId, endpoint.Attribute("ServiceEndpointId")!.Value);
        Assert.AreEqual(("8", "4", "2"), (endpoint.Element("Contract")!.Value, endpoint.Element("AuthType")!.Value, endpoint.Element("MessageFormat")!.Value));
        Assert.IsFalse(endpoint.Descendants().Any(e => e.Name.LocalName is "AuthValue" or "SASKey" or "SASToken"), "the key is the admin's, set after import");
        var step = zip.Customizations.Descendants("SdkMessageProcessingStep").Single(s => s.Element("EventHandlerTypeCode")!.Value == "4618");
        Assert.AreEqual(EndpointId, step.Element("EventHandler")!.Value);
        Assert.AreEqual(("scrm_mention", "1", "40"), (step.Element("PrimaryEntity")!.Value, step.Element("Mode")!.Value, step.Element("Stage")!.Value));
        Assert.AreEqual(SystemMessages.Named("Create")!.Id, Guid.Parse(step.Element("SdkMessageId")!.Value));
        var roots = zip.Manifest.Descendants("RootComponent").Select(r => (r.Attribute("type")!.Value, r.Attribute("id")?.Value)).ToList();
        CollectionAssert.Contains(roots, ("95", EndpointId));
        CollectionAssert.Contains(roots, ("92", step.Attribute("SdkMessageProcessingStepId")!.Value));
        var errors = SchemaValidation.Errors(zip.Customizations.Root!, OfficialSchemas.Customizations);
        Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
    }

    [TestMethod]
    public void A_key_written_into_the_endpoint_source_is_refused()
    {
        var problems = new SourceCopy().Edit(EndpointFile, d => d.Root!.Element("Url")!.AddBeforeSelf(new XElement("AuthValue", "a-real-key"))).Problems();

        Assert.IsTrue(problems.Any(p => p.File == EndpointFile && p.Message.Contains("<AuthValue> is a secret the admin sets after import", StringComparison.Ordinal)),
            string.Join("\n", problems.Select(p => p.ToString())));
    }

    [TestMethod]
    public void A_webhook_step_naming_no_endpoint_of_the_solution_is_refused()
    {
        var source = new SourceCopy();
        source.Delete(EndpointFile).Edit("Other/Solution.xml", d => d.Descendants("RootComponent").Single(r => r.Attribute("type")!.Value == "95").Remove());

        var problems = source.Problems();

        Assert.IsTrue(problems.Any(p => p.Message.StartsWith("<EventHandler> must be the ServiceEndpointId of a file in ServiceEndpoints/", StringComparison.Ordinal)),
            string.Join("\n", problems.Select(p => p.ToString())));
    }
}
