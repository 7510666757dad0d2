using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// Reads environment variables from environmentvariabledefinitions/&lt;schema&gt;/environmentvariabledefinition.xml and,
/// when the solution carries a value, from environmentvariablevalues.json beside it.
/// https://learn.microsoft.com/power-apps/maker/data-platform/environmentvariables
/// </summary>
internal static class EnvironmentVariableXmlReader
{
    public static IEnumerable<EnvironmentVariableDefinition> Read(ISolutionSource source)
    {
        foreach (var file in source.Files.Where(f =>
                     f.StartsWith("environmentvariabledefinitions/", StringComparison.OrdinalIgnoreCase)
                     && f.EndsWith("/environmentvariabledefinition.xml", StringComparison.OrdinalIgnoreCase)))
        {
            var definition = SolutionPackage.LoadXml(source, file);
            var schemaName = definition.Attr("schemaname") ?? definition.Text("schemaname") ?? throw new FormatException($"{file} has no schemaname.");
            var valuesFile = source.Files.FirstOrDefault(f => f.Equals(file[..(file.LastIndexOf('/') + 1)] + "environmentvariablevalues.json", StringComparison.OrdinalIgnoreCase));
            yield return new EnvironmentVariableDefinition(
                schemaName,
                definition.Int("type") ?? 100000000,
                definition.Text("defaultvalue"),
                valuesFile is null ? null : ValueIn(source.ReadBytes(valuesFile)),
                definition.Child("displayname")?.Label());
        }
    }

    // The values file nests the value as {"environmentvariablevalues":{"environmentvariablevalue":{"value":...}}};
    // the first "value" property found is the one.
    private static string? ValueIn(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return Find(document.RootElement);

        static string? Find(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.Equals("value", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Object)
                    {
                        return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                    }

                    if (Find(property.Value) is string nested)
                    {
                        return nested;
                    }
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                return element.EnumerateArray().Select(Find).FirstOrDefault(v => v is not null);
            }

            return null;
        }
    }
}
