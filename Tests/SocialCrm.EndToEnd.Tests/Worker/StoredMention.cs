using System;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;

namespace SocialCrm.EndToEnd.Tests.Worker;

/// <summary>A mention the worker writes in the background, looked up by its post id until it is as a test expects.</summary>
public static class StoredMention
{
    public static async Task<Entity> EventuallyAsync(WorkerOnLocalDataverse rig, string externalPostId, Func<Entity, bool> condition, string what)
    {
        Entity? found = null;
        await Eventually.TrueAsync(() =>
        {
            var mentions = rig.Crm.All(MentionTable.LogicalName, new ConditionExpression(MentionTable.ExternalPostId, ConditionOperator.Equal, externalPostId));
            found = mentions.Length == 1 && condition(mentions[0]) ? mentions[0] : null;
            return Task.FromResult(found != null);
        }, what, WorkerOnLocalDataverse.Patience);
        return found!;
    }
}
