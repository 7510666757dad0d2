using System;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Integration.Mentions;
using SocialCrm.Plugins.Schema;
using IntegrationDirection = SocialCrm.Integration.Mentions.MentionDirection;
using IntegrationPlatform = SocialCrm.Integration.Mentions.SocialPlatform;
using SchemaDirection = SocialCrm.Plugins.Schema.MentionDirection;
using SchemaPlatform = SocialCrm.Plugins.Schema.SocialPlatform;

namespace SocialCrm.Integration.Tests.Mentions;

/// <summary>Integration keeps its own names of the schema (it references no Plugins code); these tests keep them true.</summary>
[TestClass]
public sealed class MentionSchemaContractTests
{
    [TestMethod]
    public void Every_column_name_and_length_of_the_worker_matches_the_solution_schema()
    {
        var schema = typeof(MentionTable).GetFields(BindingFlags.Public | BindingFlags.Static).ToDictionary(f => f.Name, f => f.GetRawConstantValue());

        foreach (var field in typeof(MentionColumns).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            Assert.IsTrue(schema.ContainsKey(field.Name), $"MentionTable has no {field.Name}.");
            Assert.AreEqual(schema[field.Name], field.GetRawConstantValue(), field.Name);
        }
    }

    [TestMethod]
    public void Platform_direction_and_message_type_option_values_match_the_solution_choices()
    {
        CollectionAssert.AreEqual(
            Enum.GetValues<SchemaPlatform>().Select(p => $"{p}={(int)p}").ToArray(),
            Enum.GetValues<IntegrationPlatform>().Select(p => $"{p}={(int)p}").ToArray());
        CollectionAssert.AreEqual(
            Enum.GetValues<SchemaDirection>().Select(p => $"{p}={(int)p}").ToArray(),
            Enum.GetValues<IntegrationDirection>().Select(p => $"{p}={(int)p}").ToArray());
        CollectionAssert.AreEqual(
            Enum.GetValues<SocialCrm.Plugins.Schema.MessageType>().Select(p => $"{p}={(int)p}").ToArray(),
            Enum.GetValues<SocialCrm.Integration.Mentions.MessageType>().Select(p => $"{p}={(int)p}").ToArray());
    }

    [TestMethod]
    public void The_alternate_key_the_worker_upserts_by_is_platform_and_external_post_id()
    {
        Assert.AreEqual(MentionTable.AlternateKey, $"{MentionColumns.Platform}_{MentionColumns.ExternalPostId.Replace("scrm_", "", StringComparison.Ordinal)}");
    }
}
