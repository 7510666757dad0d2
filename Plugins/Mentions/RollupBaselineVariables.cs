using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Plugins.Application;
using SocialCrm.Plugins.Schema;
using SocialCrm.Plugins.Stores;

namespace SocialCrm.Plugins.Mentions;

/// <summary>
/// Hands intake's <see cref="RollupBaseline"/> from the pre-operation step to the post-operation step of the same
/// operation through the context's shared variables, so post-operation never reads the profiles and conversations again.
/// The values are entity collections, which the sandbox serialises with the context (plain classes of ours would not
/// survive it). https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#shared-variables
/// </summary>
public static class RollupBaselineVariables
{
    private const string Profiles = "scrm_IntakeProfiles";
    private const string Conversations = "scrm_IntakeConversations";

    public static void Write(ParameterCollection shared, RollupBaseline baseline)
    {
        shared[Profiles] = new EntityCollection(baseline.Profiles.Values.Select(SocialProfileStore.ToRow).ToList()) { EntityName = SocialProfileTable.LogicalName };
        shared[Conversations] = new EntityCollection(baseline.Conversations.Values.Select(ConversationStore.ToRow).ToList()) { EntityName = ConversationTable.LogicalName };
    }

    /// <exception cref="InvalidPluginExecutionException">Intake did not run before in this operation.</exception>
    public static RollupBaseline Read(IPluginExecutionContext context)
    {
        var shared = context.SharedVariables;
        if (!shared.TryGetValue(Profiles, out var profiles) || !(profiles is EntityCollection profileRows)
            || !shared.TryGetValue(Conversations, out var conversations) || !(conversations is EntityCollection conversationRows))
        {
            throw new InvalidPluginExecutionException(
                $"{context.MessageName} of {context.PrimaryEntityName}: the rollups found no intake baseline in the shared variables. " +
                "Mention intake must run in pre-operation of the same message; check that both steps of the solution are registered.");
        }

        return new RollupBaseline(
            Index(profileRows.Entities.Select(SocialProfileStore.Map), profile => profile.Id),
            Index(conversationRows.Entities.Select(ConversationStore.Map), conversation => conversation.Id));
    }

    private static Dictionary<Guid, T> Index<T>(IEnumerable<T?> rows, Func<T, Guid> id)
        where T : class =>
        rows.Where(row => row != null).ToDictionary(row => id(row!), row => row!);
}
