using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.ControlHost;

/// <summary>
/// The page that stands in for a model-driven form: a form header with the record, the control's container, the
/// manifest's styles and scripts, and the settings host.js builds the component framework context from.
/// </summary>
internal static class ControlHostPage
{
    public static string Render(ControlManifestFile manifest, MetadataCatalog metadata, TableDefinition table, System.Guid id, IReadOnlyDictionary<string, string> inputs)
    {
        var settings = JsonSerializer.Serialize(new
        {
            control = manifest.Name,
            serviceRoot = Routing.WebApiService.RootPath + "/",
            record = new { entityName = table.LogicalName, id = id.ToString(), primaryNameColumn = table.PrimaryNameColumn },
            // Xrm.WebApi takes logical names; the Web API's URLs take entity set names.
            entitySets = metadata.Tables.ToDictionary(t => t.LogicalName, t => t.EntitySetName),
            properties = manifest.Properties.Select(p => new
            {
                name = p.Name,
                type = p.OfType,
                bound = p.Usage == "bound",
                value = inputs.TryGetValue(p.Name, out var value) ? value : p.DefaultValue,
            }),
        });
        var files = ControlHostEndpoints.RootPath + "/" + WebUtility.UrlEncode(manifest.Name) + "/";
        var styles = string.Concat(manifest.Styles.Select(s => $"<link rel=\"stylesheet\" href=\"{WebUtility.HtmlEncode(files + s)}\">"));
        var scripts = string.Concat(manifest.Scripts.Select(s => $"<script src=\"{WebUtility.HtmlEncode(files + s)}\"></script>"));
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{WebUtility.HtmlEncode(manifest.Name)}} · {{WebUtility.HtmlEncode(table.LogicalName)}}</title>
            <style>
              body { margin: 0; background: #f5f5f5; font-family: "Segoe UI", sans-serif; }
              .form-header { background: #fff; border-bottom: 1px solid #e0e0e0; padding: 12px 20px; }
              .form-header h1 { font-size: 20px; margin: 0; font-weight: 600; }
              .form-header p { margin: 2px 0 0; color: #616161; font-size: 12px; }
              main { padding: 16px 20px; }
              .form-control-host { background: #fff; padding: 12px; border-radius: 4px; }
            </style>
            {{styles}}
            </head>
            <body>
            <header class="form-header"><h1 id="form-record-name">&nbsp;</h1><p>{{WebUtility.HtmlEncode(table.LogicalName)}} · {{id}}</p></header>
            <main><div id="control-container" class="form-control-host" data-control="{{WebUtility.HtmlEncode(manifest.Name)}}"></div></main>
            <script id="control-host-settings" type="application/json">{{settings.Replace("</", "<\\/")}}</script>
            <script src="{{ControlHostEndpoints.RootPath}}/host.js"></script>
            {{scripts}}
            <script>ControlHost.start();</script>
            </body>
            </html>
            """;
    }
}
