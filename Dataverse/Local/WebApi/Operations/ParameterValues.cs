using System;
using System.Collections.Generic;
using Microsoft.OData;
using Microsoft.OData.Edm;
using SocialCrm.Dataverse.Local.WebApi.Routing;
using SocialCrm.Dataverse.Local.WebApi.Writing;

namespace SocialCrm.Dataverse.Local.WebApi.Operations;

/// <summary>
/// The parameters of an action's body, read by Microsoft.OData against the action's declaration: primitive values,
/// records (<see cref="ResourceTree"/>), sets of records and collections of primitives, by parameter name.
/// </summary>
internal static class ParameterValues
{
    public static IReadOnlyDictionary<string, object?> Read(WebApiCall call, IEdmOperation operation)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (call.Request.Body.Length == 0)
        {
            return values;
        }

        try
        {
            using var message = new ODataMessageReader((IODataRequestMessage)call.Request.Message(), RequestBodies.ReaderSettings(), call.Model.Model);
            var reader = message.CreateODataParameterReader(operation);
            while (reader.Read())
            {
                values[reader.Name] = reader.State switch
                {
                    ODataParameterReaderState.Value => reader.Value,
                    ODataParameterReaderState.Resource => Single(ResourceReader.ReadAll(reader.CreateResourceReader())),
                    ODataParameterReaderState.ResourceSet => ResourceReader.ReadAll(reader.CreateResourceSetReader()),
                    ODataParameterReaderState.Collection => Items(reader.CreateCollectionReader()),
                    _ => null,
                };
            }
        }
        catch (ODataException exception)
        {
            throw PayloadErrors.Of(exception, operation.Name);
        }

        return values;
    }

    private static ResourceTree? Single(List<ResourceTree> trees) => trees.Count == 0 ? null : trees[0];

    private static List<object?> Items(ODataCollectionReader reader)
    {
        var items = new List<object?>();
        while (reader.Read())
        {
            if (reader.State == ODataCollectionReaderState.Value)
            {
                items.Add(reader.Item);
            }
        }

        return items;
    }
}
