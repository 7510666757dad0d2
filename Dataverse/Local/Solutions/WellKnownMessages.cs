using System;
using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// Platform messages have the same sdkmessageid in every environment, so an exported step names its message by id
/// alone (e.g. Create is 9ebdbb1b-ea3e-db11-86a7-000a3a5473e8 in every exported customizations.xml). Messages not
/// listed here (the *Multiple messages, Custom APIs) are read from the step's name, which the Plugin Registration Tool
/// writes as "&lt;plug-in type&gt;: &lt;message&gt; of &lt;table&gt;".
/// </summary>
internal static class WellKnownMessages
{
    private static readonly Dictionary<Guid, string> Names = new()
    {
        [new Guid("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Assign",
        [new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Create",
        [new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Delete",
        [new Guid("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Retrieve",
        [new Guid("03bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RetrieveMultiple",
        [new Guid("1cbebb1b-ea3e-db11-86a7-000a3a5473e8")] = "SetState",
        [new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "Update",
    };

    public static string? NameOf(Guid id) => Names.TryGetValue(id, out var name) ? name : null;

    /// <summary>The message in a step name such as "SocialCrm.Plugins.MentionIntake: CreateMultiple of scrm_mention".</summary>
    public static string? FromStepName(string? stepName)
    {
        if (stepName is null)
        {
            return null;
        }

        var colon = stepName.LastIndexOf(':');
        var rest = (colon >= 0 ? stepName[(colon + 1)..] : stepName).Trim();
        var of = rest.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        var message = (of >= 0 ? rest[..of] : rest).Trim();
        return message.Length == 0 || message.Contains(' ') ? null : message;
    }
}
