using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.ServiceEndpoints;

/// <summary>
/// An execution context as Dataverse posts it to a webhook: the RemoteExecutionContext in the JSON of .NET's data
/// contract serializer, members in alphabetical order, parameter collections as [{"key","value"}] lists, values that are
/// SDK types tagged with "__type" ("Entity:http://schemas.microsoft.com/xrm/2011/Contracts") where the declared type is
/// object, dates as "/Date(milliseconds)/". Past 256 KB Dataverse drops ParentContext, InputParameters and the images.
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks#request-body
/// </summary>
internal static class RemoteExecutionContextJson
{
    /// <summary>The payload size past which the large members are left out.</summary>
    public const int SizeLimit = 256 * 1024;

    private const string Contracts = ":http://schemas.microsoft.com/xrm/2011/Contracts";

    /// <summary>The body to post, and whether it had to be cut to the size limit.</summary>
    public static (byte[] Body, bool SizeExceeded) Serialize(IPluginExecutionContext context)
    {
        var full = Write(context, complete: true);
        return full.Length <= SizeLimit ? (full, false) : (Write(context, complete: false), true);
    }

    private static byte[] Write(IPluginExecutionContext context, bool complete)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteContext(json, context, complete);
        }

        return buffer.ToArray();
    }

    private static void WriteContext(Utf8JsonWriter json, IPluginExecutionContext context, bool complete)
    {
        json.WriteStartObject();
        json.WriteString("BusinessUnitId", context.BusinessUnitId);
        json.WriteString("CorrelationId", context.CorrelationId);
        json.WriteNumber("Depth", context.Depth);
        json.WriteString("InitiatingUserId", context.InitiatingUserId);
        if (complete)
        {
            WritePairs(json, "InputParameters", context.InputParameters);
        }

        json.WriteBoolean("IsExecutingOffline", context.IsExecutingOffline);
        json.WriteBoolean("IsInTransaction", context.IsInTransaction);
        json.WriteBoolean("IsOfflinePlayback", context.IsOfflinePlayback);
        json.WriteNumber("IsolationMode", context.IsolationMode);
        json.WriteString("MessageName", context.MessageName);
        json.WriteNumber("Mode", context.Mode);
        json.WriteString("OperationCreatedOn", Date(context.OperationCreatedOn));
        json.WriteString("OperationId", context.OperationId);
        json.WriteString("OrganizationId", context.OrganizationId);
        json.WriteString("OrganizationName", context.OrganizationName);
        WritePairs(json, "OutputParameters", context.OutputParameters);
        json.WritePropertyName("OwningExtension");
        WriteReference(json, context.OwningExtension, typed: false);
        if (complete)
        {
            json.WritePropertyName("ParentContext");
            if (context.ParentContext is { } parent)
            {
                WriteContext(json, parent, complete);
            }
            else
            {
                json.WriteNullValue();
            }

            WritePairs(json, "PostEntityImages", context.PostEntityImages.Select(i => new KeyValuePair<string, object?>(i.Key, i.Value)), typed: false);
            WritePairs(json, "PreEntityImages", context.PreEntityImages.Select(i => new KeyValuePair<string, object?>(i.Key, i.Value)), typed: false);
        }

        json.WriteString("PrimaryEntityId", context.PrimaryEntityId);
        json.WriteString("PrimaryEntityName", context.PrimaryEntityName);
        if (context.RequestId is { } requestId)
        {
            json.WriteString("RequestId", requestId);
        }
        else
        {
            json.WriteNull("RequestId");
        }

        json.WriteString("SecondaryEntityName", context.SecondaryEntityName);
        WritePairs(json, "SharedVariables", context.SharedVariables);
        json.WriteNumber("Stage", context.Stage);
        json.WriteString("UserId", context.UserId);
        json.WriteEndObject();
    }

    private static void WritePairs(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, object>> pairs) =>
        WritePairs(json, name, pairs.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)), typed: true);

    private static void WritePairs(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, object?>> pairs, bool typed)
    {
        json.WriteStartArray(name);
        foreach (var (key, value) in pairs)
        {
            json.WriteStartObject();
            json.WriteString("key", key);
            json.WritePropertyName("value");
            WriteValue(json, value, typed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // typed: the declared type is object, so the serializer names SDK types in "__type".
    private static void WriteValue(Utf8JsonWriter json, object? value, bool typed)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case Guid id:
                json.WriteStringValue(id);
                break;
            case DateTime date:
                json.WriteStringValue(Date(date));
                break;
            case Entity entity:
                WriteEntity(json, entity, typed);
                break;
            case EntityReference reference:
                WriteReference(json, reference, typed);
                break;
            case OptionSetValue option:
                WriteWrapped(json, "OptionSetValue", typed, () => json.WriteNumber("Value", option.Value));
                break;
            case Money money:
                WriteWrapped(json, "Money", typed, () => json.WriteNumber("Value", money.Value));
                break;
            case EntityCollection collection:
                WriteWrapped(json, "EntityCollection", typed, () =>
                {
                    json.WriteStartArray("Entities");
                    collection.Entities.ToList().ForEach(e => WriteEntity(json, e, typed: false));
                    json.WriteEndArray();
                    json.WriteString("EntityName", collection.EntityName);
                    json.WriteNull("MinActiveRowVersion");
                    json.WriteBoolean("MoreRecords", collection.MoreRecords);
                    json.WriteNull("PagingCookie");
                    json.WriteNumber("TotalRecordCount", collection.TotalRecordCount);
                    json.WriteBoolean("TotalRecordCountLimitExceeded", collection.TotalRecordCountLimitExceeded);
                });
                break;
            case AliasedValue aliased:
                // A linked row's column, as queries return them and plug-ins hand them on in shared variables.
                WriteWrapped(json, "AliasedValue", typed, () =>
                {
                    json.WriteString("AttributeLogicalName", aliased.AttributeLogicalName);
                    json.WriteString("EntityLogicalName", aliased.EntityLogicalName);
                    json.WritePropertyName("Value");
                    WriteValue(json, aliased.Value, typed: true);
                });
                break;
            default:
                throw new NotSupportedException($"LocalDataverse cannot serialize a {value.GetType().FullName} into a webhook's execution context.");
        }
    }

    private static void WriteEntity(Utf8JsonWriter json, Entity entity, bool typed) =>
        WriteWrapped(json, "Entity", typed, () =>
        {
            WritePairs(json, "Attributes", entity.Attributes);
            json.WriteNull("EntityState");
            json.WriteStartArray("FormattedValues");
            json.WriteEndArray();
            json.WriteString("Id", entity.Id);
            json.WriteStartArray("KeyAttributes");
            json.WriteEndArray();
            json.WriteString("LogicalName", entity.LogicalName);
            json.WriteStartArray("RelatedEntities");
            json.WriteEndArray();
            json.WriteNull("RowVersion");
        });

    private static void WriteReference(Utf8JsonWriter json, EntityReference reference, bool typed) =>
        WriteWrapped(json, "EntityReference", typed, () =>
        {
            json.WriteString("Id", reference.Id);
            json.WriteStartArray("KeyAttributes");
            json.WriteEndArray();
            json.WriteString("LogicalName", reference.LogicalName);
            json.WriteString("Name", reference.Name);
            json.WriteNull("RowVersion");
        });

    private static void WriteWrapped(Utf8JsonWriter json, string type, bool typed, Action members)
    {
        json.WriteStartObject();
        if (typed)
        {
            json.WriteString("__type", type + Contracts);
        }

        members();
        json.WriteEndObject();
    }

    // The data contract form of a UTC date: milliseconds since 1970-01-01.
    private static string Date(DateTime value) =>
        $"/Date({new DateTimeOffset(DateTime.SpecifyKind(value, value.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : value.Kind)).ToUnixTimeMilliseconds()})/";
}
