using System;
using System.Collections.Generic;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.WebApi.Errors;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Operations;

/// <summary>
/// A Custom API called over the Web API: an action (POST with its parameters in the body) or a function (GET with its
/// parameters in the URL), unbound or bound to a record. Its request goes through the organization service, so its
/// plug-in and the steps registered on its message run once; its response properties are the {Name}Response body.
/// https://learn.microsoft.com/power-apps/developer/data-platform/custom-api#invoking-custom-apis-from-the-web-api
/// </summary>
internal static class CustomApiHandler
{
    public static WebApiResponse Handle(WebApiCall call, IEdmOperation operation, RecordKey? target, IEnumerable<OperationSegmentParameter>? urlParameters)
    {
        var api = call.Model.CustomApi(operation.Name)
            ?? throw new WebApiException(404, WebApiErrorCodes.ResourceNotFound, $"Resource not found for the segment '{operation.Name}'.");
        var values = operation.IsAction() ? ParameterValues.Read(call, operation) : FromUrl(call, urlParameters);
        var request = new OrganizationRequest(api.UniqueName);
        foreach (var parameter in api.RequestParameters)
        {
            if (values.TryGetValue(parameter.UniqueName, out var value) && value is not null)
            {
                request[parameter.UniqueName] = CustomApiValues.ToSdk(call, parameter, value);
            }
        }

        if (target is not null)
        {
            request["Target"] = target.Reference();
        }

        var response = call.Organization.Execute(request);
        if (api.ResponseProperties.Count == 0)
        {
            return WebApiResponse.NoContent();
        }

        var body = new OperationResponse();
        foreach (var property in api.ResponseProperties)
        {
            CustomApiValues.AddTo(body, call, property, response.Results.TryGetValue(property.UniqueName, out var value) ? value : null);
        }

        return body.Write(call, (IEdmComplexType)operation.GetReturn().Type.Definition);
    }

    // Function parameters: literals in the URL, or @aliases given in the query string.
    private static Dictionary<string, object?> FromUrl(WebApiCall call, IEnumerable<OperationSegmentParameter>? parameters)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var parameter in parameters ?? Array.Empty<OperationSegmentParameter>())
        {
            var node = parameter.Value as QueryNode;
            while (node is ConvertNode convert)
            {
                node = convert.Source;
            }

            if (node is ParameterAliasNode alias && call.Uri.ParameterAliasNodes.TryGetValue(alias.Alias, out var aliased))
            {
                node = aliased;
                while (node is ConvertNode inner)
                {
                    node = inner.Source;
                }
            }

            values[parameter.Name] = node is ConstantNode constant ? constant.Value : parameter.Value;
        }

        return values;
    }
}
