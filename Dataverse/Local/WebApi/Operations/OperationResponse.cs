using System.Collections.Generic;
using Microsoft.OData;
using Microsoft.OData.Edm;
using SocialCrm.Dataverse.Local.WebApi.Routing;

namespace SocialCrm.Dataverse.Local.WebApi.Operations;

/// <summary>
/// The body of an action's or function's answer: its {Name}Response complex type, primitive values as properties and
/// records under navigation properties, with @odata.context naming the type.
/// </summary>
internal sealed class OperationResponse
{
    private readonly List<ODataProperty> properties = new();
    private readonly List<(string Name, IReadOnlyList<ODataResource> Records, bool IsCollection)> records = new();

    public OperationResponse Add(string name, object? value)
    {
        properties.Add(new ODataProperty { Name = name, Value = value });
        return this;
    }

    public OperationResponse AddRecords(string name, IReadOnlyList<ODataResource> value, bool isCollection)
    {
        records.Add((name, value, isCollection));
        return this;
    }

    public WebApiResponse Write(WebApiCall call, IEdmComplexType type) =>
        PayloadWriter.Write(200, call.Model.Model, call.WriterSettings(), writer =>
        {
            var resource = writer.CreateODataResourceWriter(null, type);
            resource.WriteStart(new ODataResource { TypeName = type.FullTypeName(), Properties = properties });
            foreach (var (name, value, isCollection) in records)
            {
                resource.WriteStart(new ODataNestedResourceInfo { Name = name, IsCollection = isCollection });
                if (isCollection)
                {
                    resource.WriteStart(new ODataResourceSet());
                }

                foreach (var record in value)
                {
                    resource.WriteStart(record);
                    resource.WriteEnd();
                }

                if (isCollection)
                {
                    resource.WriteEnd();
                }
                else if (value.Count == 0)
                {
                    resource.WriteStart((ODataResource?)null);
                    resource.WriteEnd();
                }

                resource.WriteEnd();
            }

            resource.WriteEnd();
        });
}
