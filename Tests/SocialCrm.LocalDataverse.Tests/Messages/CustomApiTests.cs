using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

namespace SocialCrm.Dataverse.Local.Tests.Messages;

[TestClass]
public sealed class CustomApiTests
{
    private static readonly CustomApiDefinition LengthApi = new("test_Length", null)
    {
        PluginType = typeof(LengthApiPlugin),
        RequestParameters = new[] { new CustomApiParameter("Text", CustomApiParameterType.String) },
        ResponseProperties = new[] { new CustomApiParameter("Length", CustomApiParameterType.Integer) },
    };

    [TestMethod]
    public void A_custom_api_runs_its_plug_in_and_answers_what_it_put_in_the_output_parameters()
    {
        using var dataverse = Tables.Environment().WithCustomApi(LengthApi).Build();

        var response = dataverse.GetOrganizationService().Execute(new OrganizationRequest("test_Length") { ["Text"] = "hello" });

        Assert.AreEqual("test_Length", response.ResponseName);
        Assert.AreEqual(5, response["Length"]);
    }

    [TestMethod]
    public void A_missing_required_parameter_fails_before_the_plug_in_runs()
    {
        using var dataverse = Tables.Environment().WithCustomApi(LengthApi).Build();

        Faults.Expect(ErrorCodes.InvalidArgument, () => dataverse.GetOrganizationService().Execute(new OrganizationRequest("test_Length")));

        Assert.AreEqual(0, dataverse.TraceLog.Entries.Count);
    }

    [TestMethod]
    public void A_parameter_of_the_wrong_type_fails()
    {
        using var dataverse = Tables.Environment().WithCustomApi(LengthApi).Build();

        Faults.Expect(ErrorCodes.InvalidArgument, () => dataverse.GetOrganizationService().Execute(new OrganizationRequest("test_Length") { ["Text"] = 5 }));
    }

    [TestMethod]
    public void The_plug_in_error_of_a_custom_api_reaches_the_caller()
    {
        using var dataverse = Tables.Environment().WithCustomApi(LengthApi).Build();

        var fault = Faults.Expect(ErrorCodes.IsvAborted, () => dataverse.GetOrganizationService().Execute(new OrganizationRequest("test_Length") { ["Text"] = "fail" }));

        Assert.AreEqual("Text must not be 'fail'.", fault.Message);
    }

    [TestMethod]
    public void Steps_registered_on_a_custom_api_message_run_around_it()
    {
        var key = System.Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithCustomApi(LengthApi)
            .WithStep<RecordingPlugin>("test_Length", null, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key })
            .Build();

        dataverse.GetOrganizationService().Execute(new OrganizationRequest("test_Length") { ["Text"] = "abc" });

        Assert.AreEqual(3, Recorder.For(key)[0].OutputParameters["Length"]);
    }
}
