using System.Collections.Generic;
using System.Xml.Linq;
using SocialCrm.Solution.Identity;

namespace SocialCrm.Solution.Registration;

/// <summary>
/// Writes a [CustomApi] as the customapis/&lt;unique name&gt;/ folder of an export: customapi.xml and one folder per
/// request parameter and response property (https://learn.microsoft.com/power-apps/developer/data-platform/create-custom-api-solution).
/// </summary>
public static class CustomApiDocuments
{
    /// <summary>The documents by their path in the zip.</summary>
    public static IEnumerable<(string ZipPath, XDocument Document)> Compose(DeclaredCustomApi api)
    {
        var folder = $"customapis/{api.UniqueName}";
        yield return ($"{folder}/customapi.xml", Document(new XElement("customapi",
            new XAttribute("uniquename", api.UniqueName),
            new XElement("allowedcustomprocessingsteptype", api.AllowedCustomProcessingStepType),
            // 0: global, bound to no table.
            new XElement("bindingtype", "0"),
            new XElement("boundentitylogicalname"),
            Label("description", api.Description),
            Label("displayname", api.DisplayName),
            new XElement("executeprivilegename", api.ExecutePrivilegeName),
            new XElement("iscustomizable", "0"),
            new XElement("isfunction", api.IsFunction ? "1" : "0"),
            new XElement("isprivate", "0"),
            new XElement("name", api.UniqueName),
            new XElement("plugintypeid", new XElement("plugintypeid", PluginTypeIds.For(api.TypeFullName).ToString("B"))),
            new XElement("workflowsdkstepenabled", "0"))));

        foreach (var parameter in api.RequestParameters)
        {
            yield return ($"{folder}/customapirequestparameters/{parameter.UniqueName}/customapirequestparameter.xml",
                Field("customapirequestparameter", api, parameter, new XElement("isoptional", parameter.IsOptional ? "1" : "0")));
        }

        foreach (var property in api.ResponseProperties)
        {
            // A response property has no isoptional: the import refuses one.
            yield return ($"{folder}/customapiresponseproperties/{property.UniqueName}/customapiresponseproperty.xml",
                Field("customapiresponseproperty", api, property, null));
        }
    }

    private static XDocument Field(string kind, DeclaredCustomApi api, DeclaredApiField field, XElement? optional) =>
        Document(new XElement(kind,
            new XAttribute("uniquename", field.UniqueName),
            Label("description", field.Description),
            Label("displayname", field.UniqueName),
            new XElement("iscustomizable", "0"),
            optional,
            new XElement("logicalentityname", field.EntityLogicalName),
            new XElement("name", $"{api.UniqueName}.{field.UniqueName}"),
            new XElement("type", field.Type)));

    // A localized label as exports write it: the default text, and the same text for English (1033).
    private static XElement Label(string name, string text) =>
        new(name, new XAttribute("default", text), new XElement("label", new XAttribute("description", text), new XAttribute("languagecode", "1033")));

    private static XDocument Document(XElement root) => new(new XDeclaration("1.0", "utf-8", null), root);
}
