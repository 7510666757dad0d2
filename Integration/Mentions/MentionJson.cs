using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCrm.Integration.Mentions;

/// <summary>
/// Mentions as JSON. <see cref="ReadInput"/> reads the import and generic-webhook shape (one flat object, field names
/// of <see cref="MentionFields"/>, any letter case, values as strings, numbers or booleans) and reports a field it does
/// not know, so a misspelt column is an error rather than a silently missing value. <see cref="Serialize"/> and
/// <see cref="Deserialize"/> are the queue's own format of an accepted mention.
/// </summary>
public static class MentionJson
{
    private static readonly Dictionary<string, PropertyInfo> InputProperties = BuildInputProperties();

    /// <summary>The fields a mention has, as JSON names them.</summary>
    public static IReadOnlyCollection<string> FieldNames => InputProperties.Keys;

    private static readonly JsonSerializerOptions QueueFormat = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static MentionInput ReadInput(JsonElement element, List<FieldProblem> problems)
    {
        var input = new MentionInput();
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new FieldProblem("(mention)", $"A mention is a JSON object, not {Describe(element.ValueKind)}."));
            return input;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!TryGetName(property, out var name))
            {
                problems.Add(new FieldProblem("(field name)", $"A field name {JsonText.NotText}."));
                continue;
            }

            if (!InputProperties.TryGetValue(name, out var target))
            {
                problems.Add(new FieldProblem(name, $"{name} is not a field of a mention.", UnknownField: true));
                continue;
            }

            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String when JsonText.TryGetString(property.Value, out var text):
                    target.SetValue(input, text);
                    break;
                case JsonValueKind.String:
                    problems.Add(new FieldProblem(name, $"{name} {JsonText.NotText}."));
                    break;
                case JsonValueKind.Number:
                    target.SetValue(input, property.Value.GetRawText());
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    target.SetValue(input, property.Value.GetBoolean() ? "true" : "false");
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    problems.Add(new FieldProblem(name, $"{name} must be a text, number or true/false value, not {Describe(property.Value.ValueKind)}."));
                    break;
            }
        }

        return input;
    }

    public static string Serialize(Mention mention) => JsonSerializer.Serialize(mention, QueueFormat);

    public static Mention Deserialize(string json) =>
        JsonSerializer.Deserialize<Mention>(json, QueueFormat) ?? throw new JsonException("A queued mention is null.");

    private static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = "";
            return false;
        }
    }

    private static Dictionary<string, PropertyInfo> BuildInputProperties()
    {
        var properties = new Dictionary<string, PropertyInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in typeof(MentionInput).GetProperties())
        {
            properties.Add(JsonNamingPolicy.CamelCase.ConvertName(property.Name), property);
        }

        return properties;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
