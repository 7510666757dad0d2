using System;
using System.Linq;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Dataverse.Local.Solutions;

namespace SocialCrm.Dataverse.Local.Tests.ServiceEndpoints;

/// <summary>
/// A webhook and its step in customizations.xml: the step's EventHandler is the endpoint when EventHandlerTypeCode is
/// 4618 (serviceendpoint); endpoints LocalDataverse cannot call are refused by name.
/// </summary>
[TestClass]
public sealed class WebhookSolutionXmlTests
{
    private const string EndpointId = "{a5721cab-4cd4-40be-9606-704383a2da4b}";

    [TestMethod]
    public void A_step_whose_handler_type_is_4618_posts_to_the_service_endpoint_it_names()
    {
        var solution = SolutionPackage.ReadCustomizations(Customizations(contract: 8, authType: 4));

        var endpoint = solution.ServiceEndpoints.Single();
        var step = solution.Steps.Single();
        Assert.AreEqual(("test_Webhook", new Uri("https://worker.invalid/webhooks/dataverse")), (endpoint.Name, endpoint.Url));
        Assert.AreEqual(endpoint.Id, step.ServiceEndpointId);
        Assert.AreEqual(("Create", "test_profile"), (step.MessageName, step.PrimaryEntity));
    }

    [TestMethod]
    [DataRow(2, 4, "<Contract>: 2 is not 8 (webhook)", DisplayName = "a Service Bus queue")]
    [DataRow(8, 5, "<AuthType>: 5 is not 4 (WebhookKey)", DisplayName = "a webhook keyed in a header")]
    public void An_endpoint_LocalDataverse_cannot_call_is_refused_naming_what(int contract, int authType, string reason)
    {
        var refusal = Assert.ThrowsExactly<FormatException>(() => SolutionPackage.ReadCustomizations(Customizations(contract, authType)));

        StringAssert.Contains(refusal.Message, "<ServiceEndpoint Name=\"test_Webhook\">");
        StringAssert.Contains(refusal.Message, reason);
    }

    [TestMethod]
    public void A_webhook_step_whose_endpoint_is_in_no_solution_is_refused_at_import()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("webhook-solution-").FullName;
        var customizations = Customizations(8, 4);
        customizations.Element("ServiceEndpoints")!.Remove();
        customizations.Save(System.IO.Path.Combine(folder, SolutionPackage.CustomizationsFile));

        var refusal = Assert.ThrowsExactly<FormatException>(() => LocalDataverse.FromMetadata(Tables.ProfileTable()).WithSolution(folder).Build());

        StringAssert.Contains(refusal.Message, "serviceendpoint With Id = a5721cab-4cd4-40be-9606-704383a2da4b Does Not Exist");
    }

    private static XElement Customizations(int contract, int authType) => XElement.Parse($"""
        <ImportExportXml>
          <SdkMessageProcessingSteps>
            <SdkMessageProcessingStep Name="test_Webhook: Create of test_profile" SdkMessageProcessingStepId="{Guid.NewGuid():B}">
              <PluginTypeName>Microsoft.Crm.ServiceBus.ServiceBusPlugin, Microsoft.Crm.ServiceBus</PluginTypeName>
              <PrimaryEntity>test_profile</PrimaryEntity>
              <Mode>1</Mode>
              <Rank>1</Rank>
              <SdkMessageId>{"{"}9ebdbb1b-ea3e-db11-86a7-000a3a5473e8{"}"}</SdkMessageId>
              <EventHandler>{EndpointId}</EventHandler>
              <EventHandlerTypeCode>4618</EventHandlerTypeCode>
              <Stage>40</Stage>
            </SdkMessageProcessingStep>
          </SdkMessageProcessingSteps>
          <ServiceEndpoints>
            <ServiceEndpoint ServiceEndpointId="{EndpointId}" Name="test_Webhook">
              <Contract>{contract}</Contract>
              <AuthType>{authType}</AuthType>
              <Url>https://worker.invalid/webhooks/dataverse</Url>
            </ServiceEndpoint>
          </ServiceEndpoints>
        </ImportExportXml>
        """);
}
