using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Workflow;

namespace SocialCrm.Sdk.Tests.Workflow;

/// <summary>The workflow designer reads these attributes off an activity's argument properties by reflection.</summary>
[TestClass]
public sealed class WorkflowArgumentAttributeTests
{
    [TestMethod]
    public void Input_and_output_attributes_name_the_argument()
    {
        Assert.AreEqual("Mention text", Attribute<InputAttribute>(nameof(SampleActivity.Text)).Name);
        Assert.AreEqual("Sentiment score", Attribute<OutputAttribute>(nameof(SampleActivity.Score)).Name);
    }

    [TestMethod]
    public void Reference_target_and_default_name_the_table_of_a_lookup_argument()
    {
        var target = Attribute<ReferenceTargetAttribute>(nameof(SampleActivity.Contact));
        var fallback = Attribute<DefaultAttribute>(nameof(SampleActivity.Contact));

        Assert.AreEqual("contact", target.EntityName);
        Assert.AreEqual("00000000-0000-0000-0000-000000000001", fallback.Value);
        Assert.AreEqual("contact", fallback.EntityName);
    }

    [TestMethod]
    public void Attribute_target_names_the_choice_column_of_a_choice_argument()
    {
        var target = Attribute<AttributeTargetAttribute>(nameof(SampleActivity.Platform));

        Assert.AreEqual("scrm_mention", target.EntityName);
        Assert.AreEqual("scrm_platform", target.AttributeName);
    }

    private static T Attribute<T>(string property)
        where T : System.Attribute =>
        typeof(SampleActivity).GetProperty(property)!.GetCustomAttribute<T>()!;

    private sealed class SampleActivity
    {
        [Input("Mention text")]
        public string Text { get; set; } = "";

        [Output("Sentiment score")]
        public decimal Score { get; set; }

        [Input("Contact")]
        [ReferenceTarget("contact")]
        [Default("00000000-0000-0000-0000-000000000001", "contact")]
        public object? Contact { get; set; }

        [Input("Platform")]
        [AttributeTarget("scrm_mention", "scrm_platform")]
        public object? Platform { get; set; }
    }
}
