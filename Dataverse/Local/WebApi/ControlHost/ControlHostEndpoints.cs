using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace SocialCrm.Dataverse.Local.WebApi.ControlHost;

/// <summary>
/// Serves built code components in a stand-in for a model-driven form, next to the Web API they read:
/// <c>/controls/{name}?entity=contact&amp;id={guid}</c> is the page, <c>/controls/{name}/{file}</c> the files its
/// manifest declares, <c>/controls/host.js</c> the component framework context the page gives the control.
/// </summary>
public static class ControlHostEndpoints
{
    public const string RootPath = "/controls";

    private const string HostScript = "host.js";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <param name="controls">Control name (namespace.constructor) to the folder holding its built ControlManifest.xml.</param>
    public static WebApplication MapControlHosts(this WebApplication app, IReadOnlyDictionary<string, string> controls)
    {
        var environment = app.Services.GetService(typeof(LocalDataverse)) as LocalDataverse
            ?? throw new InvalidOperationException("The control host needs the LocalDataverse Web API registered first.");
        app.MapGet($"{RootPath}/{HostScript}", (HttpContext context) => WriteHostScript(context));
        app.MapGet(RootPath + "/{name}", (HttpContext context, string name) =>
            Folder(controls, name) is { } folder ? WritePage(context, environment, ControlManifestFile.Read(folder)) : NotFound(context, name));
        app.MapGet(RootPath + "/{name}/{**file}", (HttpContext context, string name, string file) =>
            Folder(controls, name) is { } folder ? WriteResource(context, ControlManifestFile.Read(folder), file) : NotFound(context, name));
        return app;
    }

    /// <summary>The address of a control's host page for one record, e.g. http://127.0.0.1:5555/controls/SocialCrm.SocialPulse?entity=contact&amp;id=….</summary>
    public static Uri PageAddress(Uri serverRoot, string controlName, string entityName, Guid id) =>
        new(new Uri(serverRoot.GetLeftPart(UriPartial.Authority)), $"{RootPath}/{Uri.EscapeDataString(controlName)}?entity={Uri.EscapeDataString(entityName)}&id={id}");

    private static string? Folder(IReadOnlyDictionary<string, string> controls, string name) =>
        controls.TryGetValue(name, out var folder) ? folder : null;

    private static async Task WritePage(HttpContext context, LocalDataverse environment, ControlManifestFile manifest)
    {
        var entity = context.Request.Query["entity"].ToString();
        var table = environment.Metadata.FindTable(entity);
        if (table is null || !Guid.TryParse(context.Request.Query["id"], out var id))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("The page needs ?entity=<a table's logical name>&id=<the record's id>.");
            return;
        }

        var inputs = context.Request.Query.Where(q => q.Key.StartsWith("p.", StringComparison.Ordinal))
            .ToDictionary(q => q.Key[2..], q => q.Value.ToString(), StringComparer.Ordinal);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(ControlHostPage.Render(manifest, environment.Metadata, table, id, inputs));
    }

    private static async Task WriteResource(HttpContext context, ControlManifestFile manifest, string file)
    {
        if (!manifest.Declares(file))
        {
            await NotFound(context, $"{manifest.Name}/{file}");
            return;
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await context.Response.SendFileAsync(Path.Combine(manifest.Folder, file));
    }

    private static async Task WriteHostScript(HttpContext context)
    {
        await using var script = typeof(ControlHostEndpoints).Assembly.GetManifestResourceStream(typeof(ControlHostEndpoints).Namespace + ".control-host.js")
            ?? throw new InvalidOperationException("control-host.js is not embedded in the LocalDataverse assembly.");
        context.Response.ContentType = "text/javascript; charset=utf-8";
        await script.CopyToAsync(context.Response.Body);
    }

    private static Task NotFound(HttpContext context, string what)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return context.Response.WriteAsync($"No control file or control named '{what}' is served here.");
    }
}
