using System;
using System.Linq;
using System.Text.Json;
using SocialCrm.Mentions;

namespace SocialCrm.Integration.Replies.Webhook;

/// <summary>
/// What the worker needs from the RemoteExecutionContext Dataverse posts: which row of which table a message created,
/// and, for a mention, its direction from the Target's attributes, where a choice is {"__type":"OptionSetValue:…","Value":n}.
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks#request-body
/// </summary>
public sealed record MentionCreatedContext(string MessageName, string PrimaryEntityName, Guid PrimaryEntityId, MentionDirection? Direction)
{
    /// <summary>
    /// May be an agent's reply: a created mention that is outbound, or whose direction the context does not say (cut past
    /// 256 KB). Inbound mentions are the worker's own writes: nothing to deliver.
    /// </summary>
    public bool MayBeReply =>
        MessageName == "Create" && PrimaryEntityName == MentionTable.LogicalName && Direction != MentionDirection.Inbound && PrimaryEntityId != Guid.Empty;

    /// <exception cref="JsonException">The body is not an execution context.</exception>
    public static MentionCreatedContext Parse(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var message = Text(root, "MessageName");
        var table = Text(root, "PrimaryEntityName");
        var id = root.TryGetProperty("PrimaryEntityId", out var primaryId) && primaryId.TryGetGuid(out var guid) ? guid : Guid.Empty;
        return new MentionCreatedContext(message, table, id, DirectionOf(root));
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new JsonException($"The execution context has no {name}.");

    // InputParameters[Target].value.Attributes[scrm_direction].value.Value; a context cut past 256 KB has no InputParameters.
    private static MentionDirection? DirectionOf(JsonElement root)
    {
        var target = Pairs(root, "InputParameters").FirstOrDefault(p => p.Key == "Target").Value;
        if (target.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var direction = Pairs(target, "Attributes").FirstOrDefault(p => p.Key == MentionTable.Direction).Value;
        return direction.ValueKind == JsonValueKind.Object && direction.TryGetProperty("Value", out var value) && value.TryGetInt32(out var number)
            ? (MentionDirection)number
            : null;
    }

    private static System.Collections.Generic.IEnumerable<(string Key, JsonElement Value)> Pairs(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("key", out _))
                .Select(p => (p.GetProperty("key").GetString() ?? "", p.TryGetProperty("value", out var v) ? v : default))
            : Enumerable.Empty<(string, JsonElement)>();
}
