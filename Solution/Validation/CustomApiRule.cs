using System;
using System.Collections.Generic;
using System.Globalization;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Validation;

/// <summary>
/// customapis/&lt;unique name&gt;/ holds customapi.xml and one folder per request parameter and response property, each named
/// after its unique name (https://learn.microsoft.com/power-apps/developer/data-platform/create-custom-api-solution).
/// </summary>
public sealed class CustomApiRule : ISolutionRule
{
    public IEnumerable<SolutionProblem> Check(SolutionSource source, SourceIndex index)
    {
        foreach (var document in source.Copied("customapis"))
        {
            var parts = document.ComponentPath.Split('/');
            var problem = (parts.Length, parts.Length > 2 ? parts[2] : "") switch
            {
                (3, "customapi.xml") => CheckApi(document, parts[1], index),
                (5, "customapirequestparameters") => CheckParameter(document, "customapirequestparameter", parts[3], parts[4], true),
                (5, "customapiresponseproperties") => CheckParameter(document, "customapiresponseproperty", parts[3], parts[4], false),
                _ => document.Problem("Not a Custom API file: expected customapi.xml, customapirequestparameters/<name>/customapirequestparameter.xml or customapiresponseproperties/<name>/customapiresponseproperty.xml."),
            };
            if (problem != null)
            {
                yield return problem;
            }
        }
    }

    private static SolutionProblem? CheckApi(SourceDocument document, string folder, SourceIndex index)
    {
        var root = document.Root;
        if (root.Name != "customapi" || root.Attribute("uniquename")?.Value != folder || !index.IsPrefixed(folder))
        {
            return document.Problem($"Expected <customapi uniquename=\"{folder}\">, named as its folder and starting with {index.Prefix}_.");
        }

        if (root.ChildText("name") == null || root.ChildText("bindingtype") is not ("0" or "1" or "2") || root.ChildText("isfunction") is not ("0" or "1"))
        {
            return document.Problem("<name>, <bindingtype> (0 to 2) and <isfunction> (0 or 1) are required.");
        }

        var pluginType = root.Element("plugintypeid");
        if (pluginType != null && pluginType.HasElements && SourceIndex.IdOf(pluginType.ChildText("plugintypeid") ?? pluginType.ChildText("plugintypeexportkey")) == null)
        {
            return document.Problem(pluginType, "<plugintypeid> must hold a GUID <plugintypeid> or <plugintypeexportkey>.");
        }

        return null;
    }

    private static SolutionProblem? CheckParameter(SourceDocument document, string root, string folder, string file, bool isRequest)
    {
        if (file != root + ".xml" || document.Root.Name != root || document.Root.Attribute("uniquename")?.Value != folder)
        {
            return document.Problem($"Expected {folder}/{root}.xml holding <{root} uniquename=\"{folder}\">.");
        }

        // Custom API parameter types run from 0 (Boolean) to 12 (Guid).
        if (!int.TryParse(document.Root.ChildText("type"), NumberStyles.None, CultureInfo.InvariantCulture, out var type) || type > 12)
        {
            return document.Problem(document.Root.Element("type") ?? document.Root, "<type> must be a Custom API parameter type, 0 to 12.");
        }

        var optional = document.Root.Element("isoptional");
        if (isRequest && optional?.Value is not ("0" or "1"))
        {
            return document.Problem(optional ?? document.Root, "A request parameter needs <isoptional> 0 or 1.");
        }

        // The docs warn that isoptional on a response property fails the import.
        return !isRequest && optional != null ? document.Problem(optional, "A response property cannot be optional; remove <isoptional>.") : null;
    }
}
