using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.FetchXml;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Metadata;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// GET {set}?fetchXml=...: one RetrieveMultiple(FetchExpression), answered as Dataverse answers it: each record with the
/// columns that have values, linked columns as "alias_x002e_column" (the Web API spells the dot of "alias.column" so)
/// and aggregates under their aliases, and the
/// morerecords, fetchxmlpagingcookie and totalrecordcount annotations when Prefer asks for them. The paging cookie's
/// pagingcookie attribute is URL-encoded twice, as Dataverse's is.
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/retrieve-data#use-fetchxml-with-web-api
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results
/// </summary>
internal static class FetchXmlHandler
{
    private const string Option = "fetchXml";
    private const string MoreRecords = "Microsoft.Dynamics.CRM.morerecords";
    private const string PagingCookie = "Microsoft.Dynamics.CRM.fetchxmlpagingcookie";

    /// <summary>The fetchXml query option of <paramref name="url"/>, if it has one.</summary>
    public static string? QueryOf(Uri url) =>
        QueryHelpers.ParseQuery(url.Query).TryGetValue(Option, out var value) ? value.ToString() : null;

    public static WebApiResponse Handle(WebApiCall call, EntityShape shape, string fetchXml)
    {
        var uri = call.Uri;
        if (uri.SelectAndExpand is not null || uri.Filter is not null || uri.OrderBy is not null || uri.Top is not null || uri.QueryCount is not null)
        {
            throw WebApiException.BadRequest("The fetchXml query option cannot be combined with $select, $expand, $filter, $orderby, $top or $count; say it in the FetchXML.");
        }

        var environment = call.Service.Environment;
        var query = FetchXmlReader.Read(fetchXml, environment.Metadata);
        if (query.EntityName != shape.Table.LogicalName)
        {
            throw WebApiException.BadRequest($"The FetchXML queries '{query.EntityName}', but the request is on the entity set '{shape.Set.Name}' of '{shape.Table.LogicalName}'.");
        }

        var result = ((RetrieveMultipleResponse)call.Organization.Execute(new RetrieveMultipleRequest { Query = new FetchExpression(fetchXml) })).EntityCollection;
        var settings = call.WriterSettings();
        // Linked columns and aggregates are properties the entity type does not declare, as in Dataverse's answers.
        settings.Validations &= ~ValidationKinds.ThrowOnUndeclaredPropertyForNonOpenType;
        var serializer = new RecordSerializer(environment.Metadata, call.AnnotationFilter);
        var response = PayloadWriter.Write(200, call.Model.Model, settings, writer =>
        {
            var set = writer.CreateODataResourceSetWriter(shape.Set, shape.Type);
            set.WriteStart(ResourceSet(result, query.PageInfo?.PageNumber ?? 1));
            foreach (var row in result.Entities)
            {
                var columns = row.Attributes.Where(a => a.Value is not AliasedValue).Select(a => shape.Table.FindColumn(a.Key)).OfType<Local.Metadata.ColumnDefinition>().ToList();
                serializer.Write(set, row, RecordSelection.Of(shape, columns), Aliased(row));
            }

            set.WriteEnd();
        });
        Preferences.Applied(response, call);
        return response;
    }

    private static ODataResourceSet ResourceSet(EntityCollection result, int page)
    {
        var set = new ODataResourceSet();
        set.InstanceAnnotations.Add(new ODataInstanceAnnotation(MoreRecords, new ODataPrimitiveValue(result.MoreRecords)));
        if (result.PagingCookie is { } cookie)
        {
            var annotation = new XElement(
                "cookie",
                new XAttribute("pagenumber", (page + 1).ToString(CultureInfo.InvariantCulture)),
                new XAttribute("pagingcookie", Uri.EscapeDataString(Uri.EscapeDataString(cookie))),
                new XAttribute("istracking", "False"));
            set.InstanceAnnotations.Add(new ODataInstanceAnnotation(PagingCookie, new ODataPrimitiveValue(annotation.ToString(SaveOptions.DisableFormatting))));
        }

        if (result.TotalRecordCount >= 0)
        {
            set.InstanceAnnotations.Add(new ODataInstanceAnnotation(Annotations.TotalRecordCount, new ODataPrimitiveValue(result.TotalRecordCount)));
            set.InstanceAnnotations.Add(new ODataInstanceAnnotation(Annotations.TotalRecordCountLimitExceeded, new ODataPrimitiveValue(result.TotalRecordCountLimitExceeded)));
        }

        return set;
    }

    // Aliased values as raw JSON, so they carry no @odata.type of their own: "c_x002e_fullname": "Ada", "month": 3.
    private static IEnumerable<ODataProperty> Aliased(Entity row) =>
        row.Attributes.Where(a => a.Value is AliasedValue).Select(a => new ODataProperty
        {
            Name = a.Key.Replace(".", "_x002e_", StringComparison.Ordinal),
            Value = new ODataUntypedValue { RawValue = Json(EdmValues.From(((AliasedValue)a.Value).Value)) },
        });

    private static string Json(object? value) => value switch
    {
        DateTimeOffset time => JsonSerializer.Serialize(time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
        _ => JsonSerializer.Serialize(value),
    };
}
