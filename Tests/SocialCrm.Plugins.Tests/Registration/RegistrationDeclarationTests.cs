using System;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Hosting;
using SocialCrm.Plugins.Registration;

namespace SocialCrm.Plugins.Tests.Registration;

/// <summary>Each plug-in class says where it is registered, and the declarations can't run logic twice.</summary>
[TestClass]
public sealed class RegistrationDeclarationTests
{
    private static readonly Type[] PluginClasses = typeof(PluginBase).Assembly.GetTypes()
        .Where(type => typeof(PluginBase).IsAssignableFrom(type) && !type.IsAbstract)
        .ToArray();

    [TestMethod]
    public void Every_plug_in_class_declares_either_its_step_or_its_Custom_API()
    {
        var undeclared = PluginClasses
            .Where(type => type.GetCustomAttributes<PluginStepAttribute>().Any() == (type.GetCustomAttribute<CustomApiAttribute>() != null))
            .Select(type => type.FullName)
            .ToList();

        Assert.IsEmpty(undeclared, string.Join(", ", undeclared));
    }

    [TestMethod]
    [DataRow("SocialCrm.Plugins.CustomApis.ScoreSentimentApi", "scrm_ScoreSentiment", DisplayName = "ScoreSentimentApi")]
    [DataRow("SocialCrm.Plugins.CustomApis.ResolveSocialIdentityApi", "scrm_ResolveSocialIdentity", DisplayName = "ResolveSocialIdentityApi")]
    [DataRow("SocialCrm.Plugins.CustomApis.LinkProfileToContactApi", "scrm_LinkProfileToContact", DisplayName = "LinkProfileToContactApi")]
    [DataRow("SocialCrm.Plugins.CustomApis.EscalateConversationApi", "scrm_EscalateConversation", DisplayName = "EscalateConversationApi")]
    [DataRow("SocialCrm.Plugins.CustomApis.GetConversationSummaryApi", "scrm_GetConversationSummary", DisplayName = "GetConversationSummaryApi")]
    [DataRow("SocialCrm.Plugins.CustomApis.TestEscalationRulesApi", "scrm_TestEscalationRules", DisplayName = "TestEscalationRulesApi")]
    [DataRow("SocialCrm.Plugins.CustomApis.EscalateWaitingConversationsApi", "scrm_EscalateWaitingConversations", DisplayName = "EscalateWaitingConversationsApi")]
    public void The_Custom_API_classes_the_solution_names_implement_their_APIs(string typeName, string api)
    {
        var type = typeof(PluginBase).Assembly.GetType(typeName, throwOnError: false);

        Assert.IsNotNull(type, typeName);
        Assert.AreEqual(api, type.GetCustomAttribute<CustomApiAttribute>()?.UniqueName);
    }

    // The merged pipeline runs a step on Create for CreateMultiple too, and the other way round: the same logic on both
    // would run twice. https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#message-pipelines-merged
    [TestMethod]
    public void No_stage_of_a_table_has_steps_on_both_a_single_message_and_its_bulk_counterpart()
    {
        var pairs = new[] { ("Create", "CreateMultiple"), ("Update", "UpdateMultiple"), ("Upsert", "UpsertMultiple") };
        var steps = PluginClasses.SelectMany(type => type.GetCustomAttributes<PluginStepAttribute>()).ToList();

        var doubled = steps
            .GroupBy(step => (step.PrimaryEntity, step.Stage))
            .Where(group => pairs.Any(pair => group.Any(step => step.Message == pair.Item1) && group.Any(step => step.Message == pair.Item2)))
            .Select(group => $"{group.Key.PrimaryEntity} {group.Key.Stage}")
            .ToList();

        Assert.IsNotEmpty(steps);
        Assert.IsEmpty(doubled, string.Join(", ", doubled));
    }
}
