using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SocialCrm.Sdk.Tests.Xrm.Messages;

/// <summary>Typed responses read Results under the documented names, so a service filling Results by name and a caller
/// reading the typed property agree. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.messages</summary>
[TestClass]
public sealed class TypedResponseTests
{
    [TestMethod]
    public void CreateResponse_id_is_the_id_result()
    {
        var id = Guid.NewGuid();
        var response = new CreateResponse { ["id"] = id };

        Assert.AreEqual(id, response.id);
        Assert.AreEqual("Create", response.ResponseName);
    }

    [TestMethod]
    public void A_result_not_set_reads_as_its_default()
    {
        Assert.AreEqual(Guid.Empty, new CreateResponse().id);
        Assert.IsNull(new RetrieveResponse().Entity);
    }

    [TestMethod]
    public void CreateMultipleResponse_Ids_is_the_Ids_result()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var response = new CreateMultipleResponse { ["Ids"] = ids };

        CollectionAssert.AreEqual(ids, response.Ids);
    }

    [TestMethod]
    public void UpsertMultipleResponse_Results_gives_one_upsert_response_per_target()
    {
        var created = new UpsertResponse { ["RecordCreated"] = true, ["Target"] = new EntityReference("scrm_mention", Guid.NewGuid()) };
        var response = new UpsertMultipleResponse { ["Results"] = new[] { created } };

        Assert.IsTrue(response.Results[0].RecordCreated);
        Assert.AreEqual("scrm_mention", response.Results[0].Target.LogicalName);
    }

    [TestMethod]
    public void RetrieveMultipleResponse_EntityCollection_is_the_EntityCollection_result()
    {
        var rows = new EntityCollection(new[] { new Entity("contact") });
        var response = new RetrieveMultipleResponse { ["EntityCollection"] = rows };

        Assert.AreSame(rows, response.EntityCollection);
    }

    [TestMethod]
    public void ExecuteMultipleResponse_reads_responses_and_whether_any_faulted()
    {
        var items = new ExecuteMultipleResponseItemCollection { new ExecuteMultipleResponseItem { RequestIndex = 0, Fault = new OrganizationServiceFault() } };
        var response = new ExecuteMultipleResponse { ["Responses"] = items, ["IsFaulted"] = true };

        Assert.AreSame(items, response.Responses);
        Assert.IsTrue(response.IsFaulted);
    }
}
