using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;

namespace SocialCrm.Dataverse.Local.Tests.Messages;

[TestClass]
public sealed class ExecuteTransactionTests
{
    [TestMethod]
    public void Execute_transaction_runs_every_request_in_order_and_returns_their_responses()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();

        var response = (ExecuteTransactionResponse)service.Execute(new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection { Create("ada"), Create("grace") },
            ReturnResponses = true,
        });

        Assert.AreEqual(2, response.Responses.Count);
        var handles = response.Responses.Cast<CreateResponse>().Select(r => service.Retrieve(Tables.Profile, r.id, new ColumnSet("test_handle"))["test_handle"]);
        CollectionAssert.AreEqual(new[] { "ada", "grace" }, handles.ToArray());
    }

    [TestMethod]
    public void Execute_transaction_without_return_responses_returns_none()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();

        var response = (ExecuteTransactionResponse)service.Execute(new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection { Create("ada"), Create("grace") },
        });

        Assert.AreEqual(0, response.Responses.Count);
        Assert.AreEqual(2, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public void A_failing_request_rolls_back_the_whole_transaction_and_the_fault_names_its_index()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();

        var fault = Faults.Expect(ErrorCodes.DuplicateRecord, () => service.Execute(new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection { Create("ada"), Create("grace"), Create("ada") },
            ReturnResponses = true,
        }));

        Assert.AreEqual(2, ((ExecuteTransactionFault)fault).FaultedRequestIndex);
        Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public void Execute_transaction_refuses_a_nested_execute_transaction_and_runs_nothing()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var nested = new ExecuteTransactionRequest { Requests = new OrganizationRequestCollection { Create("grace") } };

        var fault = Faults.Expect(ErrorCodes.InvalidArgument, () => service.Execute(new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection { Create("ada"), nested },
        }));

        Assert.AreEqual(1, ((ExecuteTransactionFault)fault).FaultedRequestIndex);
        Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public void Execute_multiple_may_carry_an_execute_transaction_whose_failure_faults_only_its_item()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var failing = new ExecuteTransactionRequest { Requests = new OrganizationRequestCollection { Create("grace"), Create("grace") } };

        var response = (ExecuteMultipleResponse)service.Execute(new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = new OrganizationRequestCollection { Create("ada"), failing },
        });

        Assert.AreEqual(1, ((ExecuteTransactionFault)response.Responses[1].Fault).FaultedRequestIndex);
        Assert.AreEqual("ada", service.RetrieveMultiple(new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_handle") }).Entities.Single()["test_handle"]);
    }

    [TestMethod]
    public void A_lookup_to_a_row_deleted_earlier_in_the_transaction_is_refused_though_the_transaction_linked_to_it_before()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var contact = service.Create(new Entity("contact") { ["lastname"] = "Lovelace" });
        var linked = Create("ada");
        linked.Target["test_contactid"] = new EntityReference("contact", contact);
        var linkedAgain = Create("grace");
        linkedAgain.Target["test_contactid"] = new EntityReference("contact", contact);

        var fault = Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => service.Execute(new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection { linked, new DeleteRequest { Target = new EntityReference("contact", contact) }, linkedAgain },
        }));

        Assert.AreEqual(2, ((ExecuteTransactionFault)fault).FaultedRequestIndex);
        Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
        Assert.AreEqual(1, service.RetrieveMultiple(new QueryExpression("contact")).Entities.Count);
    }

    [TestMethod]
    public void Updating_a_row_the_transaction_created_then_deleted_fails_and_nothing_is_committed()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = System.Guid.NewGuid();
        var created = Create("ada");
        created.Target.Id = id;

        var fault = Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => service.Execute(new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection
            {
                created,
                new UpdateRequest { Target = new Entity(Tables.Profile, id) { ["test_followers"] = 10 } },
                new DeleteRequest { Target = new EntityReference(Tables.Profile, id) },
                new UpdateRequest { Target = new Entity(Tables.Profile, id) { ["test_followers"] = 20 } },
            },
        }));

        Assert.AreEqual(3, ((ExecuteTransactionFault)fault).FaultedRequestIndex);
        Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    private static CreateRequest Create(string handle) =>
        new() { Target = new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = handle } };
}
