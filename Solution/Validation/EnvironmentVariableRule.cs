using System;
using System.Collections.Generic;
using System.Globalization;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>
/// environmentvariabledefinitions/&lt;schema name&gt;/environmentvariabledefinition.xml defines one variable of a known type
/// whose default value reads as that type.
/// </summary>
public sealed class EnvironmentVariableRule : ISolutionRule
{
    // EnvironmentVariableDefinition.Type (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition).
    public const string String = "100000000";
    public const string Number = "100000001";
    public const string Boolean = "100000002";
    public const string Json = "100000003";
    public const string DataSource = "100000004";
    public const string Secret = "100000005";

    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        foreach (var document in source.Copied("environmentvariabledefinitions"))
        {
            var parts = document.ComponentPath.Split('/');
            if (parts.Length != 3 || parts[2] != "environmentvariabledefinition.xml" || document.Root.Name != "environmentvariabledefinition")
            {
                yield return document.Problem("Expected environmentvariabledefinitions/<schema name>/environmentvariabledefinition.xml holding <environmentvariabledefinition>.");
                continue;
            }

            var schemaName = document.Root.Attribute("schemaname")?.Value;
            if (schemaName != parts[1] || !index.IsPrefixed(schemaName))
            {
                yield return document.Problem($"schemaname must be {parts[1]}, as the folder is named, and start with {index.Prefix}_.");
            }

            var type = document.Root.ChildText("type");
            if (type is not (String or Number or Boolean or Json or DataSource or Secret))
            {
                yield return document.Problem(document.Root.Element("type") ?? document.Root, "<type> must be an environment variable type code (100000000 to 100000005).");
            }
            else if (document.Root.Element("defaultvalue") is { } value && !Reads(value.Value, type))
            {
                yield return document.Problem(value, "The default value does not read as the variable's type.");
            }
        }
    }

    private static bool Reads(string value, string type) => type switch
    {
        Number => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        // Dataverse stores a Yes/No variable's value as the text yes or no.
        Boolean => value is "yes" or "no",
        Secret => false,
        _ => value.Length > 0,
    };
}
