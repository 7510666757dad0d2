using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace SocialCrm.Sdk.Tests.Xrm.Messages;

/// <summary>Typed requests are views over Parameters: what a plug-in reads from InputParameters["Target"] is what the
/// caller set as request.Target. Names per https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages.</summary>
[TestClass]
public sealed class TypedRequestTests
{
    [TestMethod]
    [DataRow(typeof(CreateRequest), "Create", DisplayName = "Create")]
    [DataRow(typeof(RetrieveRequest), "Retrieve", DisplayName = "Retrieve")]
    [DataRow(typeof(RetrieveMultipleRequest), "RetrieveMultiple", DisplayName = "RetrieveMultiple")]
    [DataRow(typeof(UpdateRequest), "Update", DisplayName = "Update")]
    [DataRow(typeof(DeleteRequest), "Delete", DisplayName = "Delete")]
    [DataRow(typeof(UpsertRequest), "Upsert", DisplayName = "Upsert")]
    [DataRow(typeof(CreateMultipleRequest), "CreateMultiple", DisplayName = "CreateMultiple")]
    [DataRow(typeof(UpdateMultipleRequest), "UpdateMultiple", DisplayName = "UpdateMultiple")]
    [DataRow(typeof(UpsertMultipleRequest), "UpsertMultiple", DisplayName = "UpsertMultiple")]
    [DataRow(typeof(ExecuteMultipleRequest), "ExecuteMultiple", DisplayName = "ExecuteMultiple")]
    [DataRow(typeof(ExecuteTransactionRequest), "ExecuteTransaction", DisplayName = "ExecuteTransaction")]
    [DataRow(typeof(AssociateRequest), "Associate", DisplayName = "Associate")]
    [DataRow(typeof(DisassociateRequest), "Disassociate", DisplayName = "Disassociate")]
    public void A_typed_request_carries_its_message_name(Type requestType, string messageName)
    {
        var request = (OrganizationRequest)Activator.CreateInstance(requestType)!;

        Assert.AreEqual(messageName, request.RequestName);
    }

    [TestMethod]
    public void Target_is_the_Target_parameter()
    {
        var mention = new Entity("scrm_mention");
        var request = new CreateRequest { Target = mention };

        Assert.AreSame(mention, request.Parameters["Target"]);
        Assert.AreSame(mention, request["Target"]);
    }

    [TestMethod]
    public void A_parameter_set_by_name_shows_through_the_typed_property()
    {
        var mentions = new EntityCollection { EntityName = "scrm_mention" };
        var request = new UpsertMultipleRequest();

        request.Parameters["Targets"] = mentions;

        Assert.AreSame(mentions, request.Targets);
    }

    [TestMethod]
    public void Required_parameters_are_present_and_null_until_set()
    {
        var request = new RetrieveRequest();

        Assert.IsTrue(request.Parameters.Contains("Target"));
        Assert.IsTrue(request.Parameters.Contains("ColumnSet"));
        Assert.IsNull(request.Target);
    }

    [TestMethod]
    public void An_optional_parameter_not_set_reads_as_its_default_and_is_absent()
    {
        var request = new UpdateRequest { Target = new Entity("contact", Guid.NewGuid()) };

        Assert.AreEqual(ConcurrencyBehavior.Default, request.ConcurrencyBehavior);
        Assert.IsFalse(request.Parameters.Contains("ConcurrencyBehavior"));
    }

    [TestMethod]
    public void Retrieve_and_RetrieveMultiple_carry_their_documented_parameters()
    {
        var target = new EntityReference("contact", Guid.NewGuid());
        var retrieve = new RetrieveRequest { Target = target, ColumnSet = new ColumnSet("fullname") };
        var query = new QueryExpression("contact");
        var retrieveMultiple = new RetrieveMultipleRequest { Query = query };

        Assert.AreSame(target, retrieve.Parameters["Target"]);
        Assert.IsInstanceOfType<ColumnSet>(retrieve.Parameters["ColumnSet"]);
        Assert.AreSame(query, retrieveMultiple.Parameters["Query"]);
    }

    [TestMethod]
    public void ExecuteMultiple_carries_its_requests_and_settings()
    {
        var requests = new OrganizationRequestCollection { new CreateRequest { Target = new Entity("scrm_mention") } };
        var settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = false };

        var request = new ExecuteMultipleRequest { Requests = requests, Settings = settings };

        Assert.AreSame(requests, request.Parameters["Requests"]);
        Assert.AreSame(settings, request.Parameters["Settings"]);
    }

    [TestMethod]
    public void Associate_carries_target_relationship_and_related_rows()
    {
        var related = new EntityReferenceCollection { new EntityReference("contact", Guid.NewGuid()) };
        var request = new AssociateRequest
        {
            Target = new EntityReference("account", Guid.NewGuid()),
            Relationship = new Relationship("account_primary_contact"),
            RelatedEntities = related,
        };

        Assert.AreEqual(new Relationship("account_primary_contact"), request.Parameters["Relationship"]);
        Assert.AreSame(related, request.Parameters["RelatedEntities"]);
    }
}
