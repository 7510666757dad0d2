using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// Reads Custom APIs from the solution's customapis/ folder: customapis/&lt;api&gt;/customapi.xml, with
/// customapirequestparameters/&lt;p&gt;/customapirequestparameter.xml and customapiresponseproperties/&lt;p&gt;/customapiresponseproperty.xml.
/// https://learn.microsoft.com/power-apps/developer/data-platform/create-custom-api-solution
/// </summary>
internal static class CustomApiXmlReader
{
    public static IEnumerable<CustomApiDefinition> Read(ISolutionSource source, IReadOnlyDictionary<Guid, PluginTypeDefinition> pluginTypes)
    {
        foreach (var apiFile in source.Files.Where(f => IsFile(f, "customapis/", "customapi.xml", depth: 3)))
        {
            var folder = apiFile[..apiFile.LastIndexOf('/')];
            var api = SolutionPackage.LoadXml(source, apiFile);
            var uniqueName = api.Attr("uniquename") ?? api.Text("uniquename") ?? api.Text("name")
                ?? throw new FormatException($"{apiFile} has no uniquename.");
            var pluginTypeId = SolutionXml.Guid(api.Child("plugintypeid")?.Value.Trim());
            string? pluginTypeName = null;
            if (pluginTypeId is Guid id)
            {
                pluginTypeName = pluginTypes.TryGetValue(id, out var type)
                    ? type.AssemblyQualifiedName
                    : throw new FormatException($"Custom API '{uniqueName}' refers to plug-in type {id}, which no plug-in assembly of the solution declares.");
            }

            yield return new CustomApiDefinition(uniqueName, pluginTypeName)
            {
                BindingType = api.Int("bindingtype") ?? 0,
                BoundEntityLogicalName = api.Text("boundentitylogicalname"),
                IsFunction = api.Flag("isfunction"),
                IsPrivate = api.Flag("isprivate"),
                RequestParameters = Parameters(source, folder + "/customapirequestparameters/", "customapirequestparameter.xml"),
                ResponseProperties = Parameters(source, folder + "/customapiresponseproperties/", "customapiresponseproperty.xml"),
            };
        }
    }

    private static List<CustomApiParameter> Parameters(ISolutionSource source, string folder, string fileName) =>
        source.Files.Where(f => IsFile(f, folder, fileName, depth: folder.Count(c => c == '/') + 2))
            .Select(f => SolutionPackage.LoadXml(source, f))
            .Select(p => new CustomApiParameter(
                p.Attr("uniquename") ?? p.Text("uniquename") ?? p.Text("name") ?? throw new FormatException($"A parameter in {folder} has no uniquename."),
                (CustomApiParameterType)(p.Int("type") ?? 10),
                p.Flag("isoptional"),
                p.Text("logicalentityname")))
            .ToList();

    private static bool IsFile(string path, string folder, string fileName, int depth) =>
        path.StartsWith(folder, StringComparison.OrdinalIgnoreCase)
        && path.EndsWith("/" + fileName, StringComparison.OrdinalIgnoreCase)
        && path.Count(c => c == '/') + 1 == depth;
}
