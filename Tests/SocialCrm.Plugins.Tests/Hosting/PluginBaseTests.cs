using System;
using System.Linq;
using System.ServiceModel;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Domain.Settings;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;

namespace SocialCrm.Plugins.Tests.Hosting;

/// <summary>The guarded entry point every plug-in shares: what reaches the caller and what reaches the trace log.</summary>
[TestClass]
public sealed class PluginBaseTests
{
    [TestMethod]
    public void An_organization_service_fault_reaches_the_caller_as_an_invalid_plug_in_execution_naming_the_plug_in_with_the_fault_inside()
    {
        var fault = new FaultException<OrganizationServiceFault>(new OrganizationServiceFault { Message = "Principal user is missing prvCreateIncident" });
        var provider = new TestServiceProvider(new TestExecutionContext());

        var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => new ProbePlugin(_ => throw fault).Execute(provider));

        Assert.AreEqual($"{typeof(ProbePlugin)}: the organization service failed: Principal user is missing prvCreateIncident", error.Message);
        Assert.AreSame(fault, error.InnerException);
        Assert.IsTrue(provider.TraceLines.Any(line => line.EndsWith("Organization service fault: Principal user is missing prvCreateIncident", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void An_unusable_environment_variable_reaches_the_caller_with_its_message_and_is_traced_by_name()
    {
        var setting = new InvalidSettingException("scrm_ReopenWindowDays", "scrm_ReopenWindowDays is not a whole number of days: 'soon'.");
        var provider = new TestServiceProvider(new TestExecutionContext());

        var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => new ProbePlugin(_ => throw setting).Execute(provider));

        Assert.AreEqual(setting.Message, error.Message);
        Assert.AreSame(setting, error.InnerException);
        Assert.IsTrue(provider.TraceLines.Any(line => line.EndsWith($"Invalid setting scrm_ReopenWindowDays: {setting.Message}", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void A_rejection_the_plug_in_raises_itself_reaches_the_caller_unchanged()
    {
        var rejection = new InvalidPluginExecutionException("scrm_postedon is required.");

        var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(
            () => new ProbePlugin(_ => throw rejection).Execute(new TestServiceProvider(new TestExecutionContext())));

        Assert.AreSame(rejection, error);
    }

    [TestMethod]
    public void Every_trace_line_starts_with_the_milliseconds_since_the_previous_one_and_entry_and_exit_are_traced()
    {
        var context = new TestExecutionContext();
        var provider = new TestServiceProvider(context);

        new ProbePlugin(local => local.Trace("working")).Execute(provider);

        Assert.HasCount(3, provider.TraceLines);
        Assert.IsTrue(provider.TraceLines.All(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^\[\+\d+ms\] - ")), string.Join("\n", provider.TraceLines));
        StringAssert.Contains(provider.TraceLines[0], $"Entered {typeof(ProbePlugin)}.Execute() Correlation Id: {context.CorrelationId}");
        StringAssert.EndsWith(provider.TraceLines[1], "] - working");
        StringAssert.EndsWith(provider.TraceLines[2], $"] - Exiting {typeof(ProbePlugin)}.Execute()");
    }

    [TestMethod]
    public void Trace_arguments_are_formatted_invariantly()
    {
        var provider = new TestServiceProvider(new TestExecutionContext());

        new LocalTracingService(provider).Trace("{0} mentions, score {1}", 3, 0.25);

        StringAssert.EndsWith(provider.TraceLines.Single(), "] - 3 mentions, score 0.25");
    }

    [TestMethod]
    public void A_service_provider_without_tracing_is_refused_by_name()
    {
        var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => new LocalTracingService(new EmptyServiceProvider()));

        Assert.AreEqual("The service provider has no ITracingService.", error.Message);
    }

    [TestMethod]
    [DataRow("Update", "account", 20, DisplayName = "another message")]
    [DataRow("Create", "contact", 20, DisplayName = "another table")]
    [DataRow("Create", "account", 40, DisplayName = "another stage")]
    public void A_context_that_is_not_the_declared_registration_is_traced_and_not_run(string message, string table, int stage)
    {
        var provider = new TestServiceProvider(new TestExecutionContext { MessageName = message, PrimaryEntityName = table, Stage = stage });
        var ran = false;

        new ProbePlugin(_ => ran = true).Execute(provider);

        Assert.IsFalse(ran);
        Assert.IsTrue(provider.TraceLines.Any(line => line.Contains(
            $"Not run: it is declared for Create of account at stage 20, not {message} of {table} at stage {stage}.", StringComparison.Ordinal)),
            string.Join("\n", provider.TraceLines));
    }

    [TestMethod]
    public void The_merged_multiple_message_of_the_declared_one_runs_the_step()
    {
        var ran = false;

        new ProbePlugin(_ => ran = true).Execute(new TestServiceProvider(new TestExecutionContext { MessageName = "CreateMultiple" }));

        Assert.IsTrue(ran);
    }

    [TestMethod]
    public void A_plug_in_reached_again_by_its_own_writes_stops_instead_of_recursing()
    {
        var parent = new TestExecutionContext();
        var ranInParent = 0;
        var ranInChild = 0;
        var child = new TestServiceProvider(new TestExecutionContext { Depth = 2, ParentContext = parent });

        new ProbePlugin(_ => ranInParent++).Execute(new TestServiceProvider(parent));
        new ProbePlugin(_ => ranInChild++).Execute(child);

        Assert.AreEqual(1, ranInParent);
        Assert.AreEqual(0, ranInChild);
        Assert.IsTrue(child.TraceLines.Any(line => line.Contains("is already running in a parent operation", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Another_plug_in_running_above_does_not_stop_this_one()
    {
        var parent = new TestExecutionContext();
        parent.SharedVariables["scrm_Running:SocialCrm.Plugins.Mentions.MentionIntakePlugin"] = true;
        var ran = false;

        new ProbePlugin(_ => ran = true).Execute(new TestServiceProvider(new TestExecutionContext { Depth = 2, ParentContext = parent }));

        Assert.IsTrue(ran);
    }

    [PluginStep("Create", "account", PluginStepStage.PreOperation)]
    private sealed class ProbePlugin : PluginBase
    {
        private readonly Action<ILocalPluginContext> _body;

        public ProbePlugin(Action<ILocalPluginContext> body)
            : base(typeof(ProbePlugin))
        {
            _body = body;
        }

        protected override void ExecuteDataversePlugin(ILocalPluginContext context) => _body(context);
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
