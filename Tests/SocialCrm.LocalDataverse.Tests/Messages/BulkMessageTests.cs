using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;

namespace SocialCrm.Dataverse.Local.Tests.Messages;

[TestClass]
public sealed class BulkMessageTests
{
    [TestMethod]
    public void Upsert_creates_the_row_when_its_key_names_none()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();

        var response = (UpsertResponse)service.Execute(new UpsertRequest { Target = ProfileByKey("ada", followers: 1) });

        Assert.IsTrue(response.RecordCreated);
        var row = service.Retrieve(Tables.Profile, response.Target.Id, new ColumnSet(true));
        Assert.AreEqual("ada", row["test_handle"]);
        Assert.AreEqual(1, row["test_followers"]);
    }

    [TestMethod]
    public void Upsert_updates_the_row_its_key_names()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = ((UpsertResponse)service.Execute(new UpsertRequest { Target = ProfileByKey("ada", followers: 1) })).Target.Id;

        var response = (UpsertResponse)service.Execute(new UpsertRequest { Target = ProfileByKey("ada", followers: 2) });

        Assert.IsFalse(response.RecordCreated);
        Assert.AreEqual(id, response.Target.Id);
        Assert.AreEqual(2, service.Retrieve(Tables.Profile, id, new ColumnSet("test_followers"))["test_followers"]);
    }

    [TestMethod]
    public void Upsert_by_id_creates_the_row_with_that_id()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var id = Guid.NewGuid();

        var response = (UpsertResponse)service.Execute(new UpsertRequest { Target = new Entity(Tables.Profile, id) { ["test_name"] = "Ada" } });

        Assert.IsTrue(response.RecordCreated);
        Assert.AreEqual(id, response.Target.Id);
    }

    [TestMethod]
    public void Create_multiple_creates_every_row_and_answers_their_ids_in_order()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();

        var ids = ((CreateMultipleResponse)service.Execute(new CreateMultipleRequest { Targets = Profiles("a", "b", "c") })).Ids;

        CollectionAssert.AreEqual(new[] { "a", "b", "c" }, ids.Select(id => service.Retrieve(Tables.Profile, id, new ColumnSet("test_handle"))["test_handle"]).ToArray());
    }

    [TestMethod]
    public void Create_multiple_with_one_duplicate_key_creates_nothing()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();

        Faults.Expect(ErrorCodes.DuplicateRecord, () => service.Execute(new CreateMultipleRequest { Targets = Profiles("a", "b", "a") }));

        Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public void Create_multiple_refuses_rows_of_different_tables()
    {
        using var dataverse = Tables.Environment().Build();
        var targets = new EntityCollection { EntityName = Tables.Profile, Entities = { new Entity(Tables.Profile), new Entity("contact") } };

        Faults.Expect(ErrorCodes.InvalidArgument, () => dataverse.GetOrganizationService().Execute(new CreateMultipleRequest { Targets = targets }));
    }

    [TestMethod]
    public void Update_multiple_updates_every_row()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var ids = ((CreateMultipleResponse)service.Execute(new CreateMultipleRequest { Targets = Profiles("a", "b") })).Ids;

        service.Execute(new UpdateMultipleRequest
        {
            Targets = new EntityCollection(ids.Select(id => new Entity(Tables.Profile, id) { ["test_followers"] = 5 }).ToList()) { EntityName = Tables.Profile },
        });

        Assert.IsTrue(ids.All(id => (int)service.Retrieve(Tables.Profile, id, new ColumnSet("test_followers"))["test_followers"] == 5));
    }

    [TestMethod]
    public void Upsert_multiple_creates_new_rows_updates_existing_ones_and_says_which()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        service.Execute(new UpsertRequest { Target = ProfileByKey("ada", followers: 1) });

        var response = (UpsertMultipleResponse)service.Execute(new UpsertMultipleRequest
        {
            Targets = new EntityCollection { EntityName = Tables.Profile, Entities = { ProfileByKey("ada", followers: 2), ProfileByKey("grace", followers: 3) } },
        });

        CollectionAssert.AreEqual(new[] { false, true }, response.Results.Select(r => r.RecordCreated).ToArray());
        Assert.AreEqual(2, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
        Assert.AreEqual(2, service.Retrieve(Tables.Profile, response.Results[0].Target.Id, new ColumnSet("test_followers"))["test_followers"]);
    }

    [TestMethod]
    public void Execute_multiple_runs_each_request_and_returns_responses_and_faults_in_place()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = new OrganizationRequestCollection
            {
                new CreateRequest { Target = Profile("ada") },
                new CreateRequest { Target = Profile("ada") },
                new CreateRequest { Target = Profile("grace") },
            },
        };

        var response = (ExecuteMultipleResponse)service.Execute(request);

        Assert.IsTrue(response.IsFaulted);
        Assert.AreEqual(3, response.Responses.Count);
        Assert.AreEqual(ErrorCodes.DuplicateRecord, response.Responses[1].Fault.ErrorCode);
        Assert.IsInstanceOfType<CreateResponse>(response.Responses[2].Response);
        Assert.AreEqual(2, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count, "each request has its own transaction");
    }

    [TestMethod]
    public void Execute_multiple_stops_at_the_first_fault_without_continue_on_error_and_returns_only_faults_without_responses()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false },
            Requests = new OrganizationRequestCollection
            {
                new CreateRequest { Target = Profile("ada") },
                new CreateRequest { Target = Profile("ada") },
                new CreateRequest { Target = Profile("grace") },
            },
        };

        var response = (ExecuteMultipleResponse)service.Execute(request);

        Assert.AreEqual(1, response.Responses.Single().RequestIndex);
        Assert.AreEqual(1, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public void Execute_multiple_with_more_than_1000_requests_fails_before_running_any()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var request = new ExecuteMultipleRequest { Settings = new ExecuteMultipleSettings(), Requests = new OrganizationRequestCollection() };
        for (var i = 0; i < 1001; i++)
        {
            request.Requests.Add(new CreateRequest { Target = new Entity(Tables.Profile) });
        }

        var fault = Faults.Expect(ErrorCodes.InvalidArgument, () => service.Execute(request));

        Assert.AreEqual(1000, fault.ErrorDetails["MaxBatchSize"]);
        Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public void Upsert_multiple_of_a_thousand_rows_runs_as_many_queries_as_one_of_ten()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();

        long QueriesFor(int first, int count)
        {
            var before = dataverse.QueriesRun;
            service.Execute(new UpsertMultipleRequest
            {
                Targets = new EntityCollection(Enumerable.Range(first, count).Select(i => ProfileByKey("h" + i, i)).ToList()) { EntityName = Tables.Profile },
            });
            return dataverse.QueriesRun - before;
        }

        QueriesFor(0, 5);
        var ten = QueriesFor(0, 10);
        var thousand = QueriesFor(5, 1000);

        Assert.AreEqual(ten, thousand, $"queries must not grow with the batch (both batches mix new and existing rows): {ten} for 10, {thousand} for 1000");
    }

    private static Entity ProfileByKey(string handle, int followers) =>
        new(Tables.Profile, new KeyAttributeCollection { ["test_network"] = new OptionSetValue(1), ["test_handle"] = handle }) { ["test_followers"] = followers };

    private static Entity Profile(string handle) => new(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = handle };

    private static EntityCollection Profiles(params string[] handles) => new(handles.Select(Profile).ToList()) { EntityName = Tables.Profile };
}
