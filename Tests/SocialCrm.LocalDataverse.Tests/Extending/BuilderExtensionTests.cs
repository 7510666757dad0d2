using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Extending;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

namespace SocialCrm.Dataverse.Local.Tests.Extending;

/// <summary>
/// What a test author does without forking LocalDataverse, as with FakeXrmEasy: teach a message, add a step to every
/// request, start from seeded rows.
/// </summary>
[TestClass]
public sealed class BuilderExtensionTests
{
    [TestMethod]
    public void A_message_a_test_author_teaches_answers_and_the_steps_registered_on_it_see_its_answer()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithMessageHandler(new GreetHandler())
            .WithStep<RecordingPlugin>("new_Greet", null, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key })
            .Build();

        var response = dataverse.GetOrganizationService().Execute(new OrganizationRequest("new_Greet") { ["Name"] = "Ada" });

        Assert.AreEqual("Hello Ada", response["Greeting"]);
        Assert.AreEqual("Hello Ada", Recorder.For(key).Single().OutputParameters["Greeting"]);
    }

    [TestMethod]
    public void What_a_taught_message_writes_rolls_back_when_it_fails()
    {
        using var dataverse = Tables.Environment().WithMessageHandler(new CreateThenFailHandler()).Build();
        var service = dataverse.GetOrganizationService();

        Assert.ThrowsExactly<InvalidPluginExecutionException>(() => service.Execute(new OrganizationRequest("new_CreateThenFail")));

        Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public void A_taught_message_replaces_the_platform_message_of_the_same_name()
    {
        var fixedUser = Guid.NewGuid();
        using var dataverse = Tables.Environment().WithMessageHandler(new FixedWhoAmIHandler(fixedUser)).Build();

        var response = dataverse.GetOrganizationService().Execute(new OrganizationRequest("WhoAmI"));

        Assert.AreEqual(fixedUser, response["UserId"]);
    }

    [TestMethod]
    public void An_added_step_sees_every_request_with_its_response_including_those_plug_ins_send()
    {
        var seen = new List<string>();
        using var dataverse = Tables.Environment()
            .WithRequestStep(new ListingStep(seen))
            .WithStep<ContactCreatingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation)
            .Build();

        var id = dataverse.GetOrganizationService().Create(new Entity(Tables.Profile));

        // The plug-in's request ends first: it runs inside the request that triggered it.
        CollectionAssert.AreEqual(new[] { "Create contact: id", $"Create {Tables.Profile}: id" }, seen.ToArray());
        Assert.AreNotEqual(Guid.Empty, id);
    }

    [TestMethod]
    public void An_added_step_can_fail_a_request_before_the_platform_runs_it()
    {
        using var dataverse = Tables.Environment().WithRequestStep(new ThrottlingStep("Create")).Build();
        var service = dataverse.GetOrganizationService();

        Faults.Expect(ThrottlingStep.RequestsExceeded, () => service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" }));

        Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression(Tables.Profile)).Entities.Count);
    }

    [TestMethod]
    public void Seeded_rows_are_there_from_the_start_with_platform_columns_and_no_plug_in_ran_for_them()
    {
        var id = Guid.NewGuid();
        using var dataverse = Tables.Environment()
            .WithStep<ThrowingPlugin>("Create", Tables.Profile, PipelineStage.PreOperation, configure: s => s with { UnsecureConfiguration = "no creates" })
            .WithRecords(new Entity(Tables.Profile, id) { ["test_name"] = "Ada", ["test_followers"] = 12 }, new Entity("contact") { ["lastname"] = "Lovelace" })
            .Build();
        var service = dataverse.GetOrganizationService();

        var profile = service.Retrieve(Tables.Profile, id, new ColumnSet(true));

        Assert.AreEqual("Ada", profile["test_name"]);
        Assert.AreEqual(12, profile["test_followers"]);
        Assert.IsTrue(profile.Contains("createdon"));
        Assert.AreEqual(1, service.RetrieveMultiple(new QueryExpression("contact")).Entities.Count);
        Assert.AreEqual(0, dataverse.TraceLog.Entries.Count);
    }

    [TestMethod]
    public void Seeding_a_row_of_an_unknown_table_fails_naming_the_table()
    {
        var fault = Faults.Expect(ErrorCodes.QueryBuilderNoEntity, () => Tables.Environment().WithRecords(new Entity("test_unknown")).Build().Dispose());

        StringAssert.Contains(fault.Message, "test_unknown");
    }

    private sealed class GreetHandler : IMessageHandler
    {
        public string MessageName => "new_Greet";

        public OrganizationResponse Handle(OrganizationRequest request, MessageScope scope) =>
            new() { ResponseName = MessageName, Results = { ["Greeting"] = "Hello " + request["Name"] } };
    }

    private sealed class CreateThenFailHandler : IMessageHandler
    {
        public string MessageName => "new_CreateThenFail";

        public OrganizationResponse Handle(OrganizationRequest request, MessageScope scope)
        {
            scope.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "never kept" });
            throw new InvalidPluginExecutionException("fails after writing");
        }
    }

    private sealed class FixedWhoAmIHandler(Guid userId) : IMessageHandler
    {
        public string MessageName => "WhoAmI";

        public OrganizationResponse Handle(OrganizationRequest request, MessageScope scope) =>
            new() { ResponseName = MessageName, Results = { ["UserId"] = userId } };
    }

    private sealed class ListingStep(List<string> seen) : IRequestStep
    {
        public OrganizationResponse Run(OrganizationRequest request, MessageScope scope, Func<OrganizationResponse> next)
        {
            var response = next();
            var table = ((Entity)request["Target"]).LogicalName;
            lock (seen)
            {
                seen.Add($"{request.RequestName} {table}: {string.Join(",", response.Results.Keys)}");
            }

            return response;
        }
    }

    // The fault Dataverse's service protection answers once a user sends too many requests.
    // https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#service-protection-api-limit-errors-returned
    private sealed class ThrottlingStep(string message) : IRequestStep
    {
        public const int RequestsExceeded = unchecked((int)0x80072322);

        public OrganizationResponse Run(OrganizationRequest request, MessageScope scope, Func<OrganizationResponse> next) =>
            request.RequestName == message
                ? throw DataverseFault.Create(RequestsExceeded, "Number of requests exceeded the limit of 6000 over time window of 300 seconds.")
                : next();
    }
}
