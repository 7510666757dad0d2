using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Tests.Shared;

namespace SocialCrm.WorkflowActivities.Tests.Activities;

/// <summary>
/// Reads the built net462 assembly as metadata (as the workflow designer does) and checks each activity's arguments:
/// direction, type, label, required-ness and the table a reference or choice argument targets.
/// </summary>
[TestClass]
public sealed class ActivityArgumentsAsTheDesignerSeesThemTests
{
    private const string Ns = "SocialCrm.WorkflowActivities.Activities.";

    // activity, property, direction, argument type, designer label, required, target table (or table.column)
    private static readonly (string Activity, string Property, string Direction, string Type, string Label, bool Required, string? Target)[] Expected =
    [
        ("ScoreSentimentActivity", "Text", "In", "System.String", "Text", true, null),
        ("ScoreSentimentActivity", "Score", "Out", "System.Decimal", "Score", false, null),
        ("ScoreSentimentActivity", "Label", "Out", "System.String", "Label", false, null),
        ("ScoreSentimentActivity", "IsNegative", "Out", "System.Boolean", "Is Negative", false, null),
        ("FindOrCreateSocialProfileActivity", "Platform", "In", "Microsoft.Xrm.Sdk.OptionSetValue", "Platform", true, "scrm_socialprofile.scrm_platform"),
        ("FindOrCreateSocialProfileActivity", "ExternalUserId", "In", "System.String", "External User Id", true, null),
        ("FindOrCreateSocialProfileActivity", "Handle", "In", "System.String", "Handle", false, null),
        ("FindOrCreateSocialProfileActivity", "ProfileDisplayName", "In", "System.String", "Display Name", false, null),
        ("FindOrCreateSocialProfileActivity", "AsOf", "In", "System.DateTime", "As Of", false, null),
        ("FindOrCreateSocialProfileActivity", "AccountStatus", "In", "Microsoft.Xrm.Sdk.OptionSetValue", "Account Status", false, "scrm_socialprofile.scrm_accountstatus"),
        ("FindOrCreateSocialProfileActivity", "Profile", "Out", "Microsoft.Xrm.Sdk.EntityReference", "Profile", false, "scrm_socialprofile"),
        ("FindOrCreateSocialProfileActivity", "Created", "Out", "System.Boolean", "Created", false, null),
        ("LinkSocialProfileToContactActivity", "Profile", "In", "Microsoft.Xrm.Sdk.EntityReference", "Profile", true, "scrm_socialprofile"),
        ("LinkSocialProfileToContactActivity", "Contact", "In", "Microsoft.Xrm.Sdk.EntityReference", "Contact", true, "contact"),
        ("LinkSocialProfileToContactActivity", "ConversationsMoved", "Out", "System.Int32", "Conversations Moved", false, null),
        ("EscalateConversationToCaseActivity", "Conversation", "In", "Microsoft.Xrm.Sdk.EntityReference", "Conversation", true, "scrm_conversation"),
        ("EscalateConversationToCaseActivity", "Reason", "In", "System.String", "Reason", false, null),
        ("EscalateConversationToCaseActivity", "Case", "Out", "Microsoft.Xrm.Sdk.EntityReference", "Case", false, "incident"),
        ("GetConversationSummaryActivity", "Conversation", "In", "Microsoft.Xrm.Sdk.EntityReference", "Conversation", true, "scrm_conversation"),
        ("GetConversationSummaryActivity", "MentionCount", "Out", "System.Int32", "Mention Count", false, null),
        ("GetConversationSummaryActivity", "AverageSentiment", "Out", "System.Decimal", "Average Sentiment", false, null),
        ("GetConversationSummaryActivity", "LastMentionOn", "Out", "System.DateTime", "Last Mention On", false, null),
        ("GetConversationSummaryActivity", "LastText", "Out", "System.String", "Last Text", false, null),
        ("GetConversationSummaryActivity", "Case", "Out", "Microsoft.Xrm.Sdk.EntityReference", "Case", false, "incident"),
        ("ReplyToConversationActivity", "Conversation", "In", "Microsoft.Xrm.Sdk.EntityReference", "Conversation", true, "scrm_conversation"),
        ("ReplyToConversationActivity", "Text", "In", "System.String", "Text", true, null),
        ("ReplyToConversationActivity", "Private", "In", "System.Boolean", "Private", false, null),
        ("ReplyToConversationActivity", "ReopenConversation", "In", "System.Boolean", "Reopen Conversation", false, null),
        ("ReplyToConversationActivity", "Reply", "Out", "Microsoft.Xrm.Sdk.EntityReference", "Reply", false, "scrm_mention"),
    ];

    private static MetadataLoadContext? _context;
    private static Assembly _activities = null!;

    [ClassInitialize]
    public static void LoadBinary(TestContext _)
    {
        var path = BuiltAssemblies.Net462("WorkflowActivities", "SocialCrm.WorkflowActivities");
        var dir = System.IO.Path.GetDirectoryName(path)!;
        _context = BuiltAssemblies.Net462Context(
            path,
            System.IO.Path.Combine(dir, "Microsoft.Xrm.Sdk.dll"),
            System.IO.Path.Combine(dir, "Microsoft.Xrm.Sdk.Workflow.dll"));
        _activities = _context.LoadFromAssemblyPath(path);
    }

    [ClassCleanup]
    public static void Unload() => _context?.Dispose();

    [TestMethod]
    public void Every_public_activity_derives_from_CodeActivity_and_is_listed_here()
    {
        var activities = _activities.GetExportedTypes().Where(t => t.FullName!.StartsWith(Ns) && t.Name.EndsWith("Activity")).ToList();

        CollectionAssert.AreEquivalent(Expected.Select(e => e.Activity).Distinct().ToList(), activities.Select(t => t.Name).ToList());
        foreach (var activity in activities)
        {
            Assert.AreEqual("System.Activities.CodeActivity", activity.BaseType!.FullName, activity.Name);
            Assert.IsTrue(activity.IsSealed && activity.GetConstructor(Type.EmptyTypes) != null, $"{activity.Name} is sealed with a public parameterless constructor");
        }
    }

    [TestMethod]
    public void Every_argument_has_the_direction_type_label_requiredness_and_target_the_designer_needs()
    {
        var problems = new List<string>();
        foreach (var e in Expected)
        {
            var property = _activities.GetType(Ns + e.Activity)!.GetProperty(e.Property);
            if (property == null)
            {
                problems.Add($"{e.Activity}.{e.Property}: missing");
                continue;
            }
            var argumentType = $"System.Activities.{e.Direction}Argument`1";
            if (property.PropertyType.GetGenericTypeDefinition().FullName != argumentType || property.PropertyType.GenericTypeArguments[0].FullName != e.Type)
            {
                problems.Add($"{e.Activity}.{e.Property}: is {property.PropertyType}, expected {e.Direction}Argument<{e.Type}>");
            }
            var attributes = property.GetCustomAttributesData();
            var label = attributes.SingleOrDefault(a => a.AttributeType.FullName == $"Microsoft.Xrm.Sdk.Workflow.{(e.Direction == "In" ? "Input" : "Output")}Attribute");
            if (label == null || (string)label.ConstructorArguments[0].Value! != e.Label)
            {
                problems.Add($"{e.Activity}.{e.Property}: label should be [{(e.Direction == "In" ? "Input" : "Output")}(\"{e.Label}\")]");
            }
            var required = attributes.Any(a => a.AttributeType.FullName == "System.Activities.RequiredArgumentAttribute");
            if (required != e.Required)
            {
                problems.Add($"{e.Activity}.{e.Property}: [RequiredArgument] should be {(e.Required ? "present" : "absent")}");
            }
            var target = Target(attributes);
            if (target != e.Target)
            {
                problems.Add($"{e.Activity}.{e.Property}: target is '{target}', expected '{e.Target}'");
            }
        }
        Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
    }

    [TestMethod]
    public void An_optional_input_the_designer_may_leave_empty_has_a_default()
    {
        var reason = _activities.GetType(Ns + "EscalateConversationToCaseActivity")!.GetProperty("Reason")!;

        var @default = reason.GetCustomAttributesData().Single(a => a.AttributeType.FullName == "Microsoft.Xrm.Sdk.Workflow.DefaultAttribute");

        Assert.IsFalse(string.IsNullOrWhiteSpace((string)@default.ConstructorArguments[0].Value!));
    }

    private static string? Target(IList<CustomAttributeData> attributes)
    {
        var reference = attributes.SingleOrDefault(a => a.AttributeType.FullName == "Microsoft.Xrm.Sdk.Workflow.ReferenceTargetAttribute");
        if (reference != null)
        {
            return (string)reference.ConstructorArguments[0].Value!;
        }
        var attribute = attributes.SingleOrDefault(a => a.AttributeType.FullName == "Microsoft.Xrm.Sdk.Workflow.AttributeTargetAttribute");
        return attribute == null ? null : $"{attribute.ConstructorArguments[0].Value}.{attribute.ConstructorArguments[1].Value}";
    }
}
