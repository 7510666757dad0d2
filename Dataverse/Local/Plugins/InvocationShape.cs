namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// How a step meets a request under the merged pipeline of the single and *Multiple messages.
/// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#message-pipelines-merged
/// </summary>
internal enum InvocationShape
{
    /// <summary>The step is registered on the request's own message.</summary>
    Direct,

    /// <summary>A step on Create/Update/Upsert meeting a *Multiple request: it runs once per entity of Targets.</summary>
    PerItem,

    /// <summary>A step on a *Multiple message meeting a single request: it runs with Targets holding that one entity.</summary>
    AsCollection,
}
