using System;
using System.Collections.Generic;
using Microsoft.OData.Edm;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.WebApi.Metadata;

/// <summary>
/// The EDM model the Web API serves and parses against, with the way back from its names to the environment's tables,
/// columns and Custom APIs.
/// </summary>
internal sealed class WebApiModel
{
    private readonly Dictionary<string, EntityShape> byEntitySet;
    private readonly Dictionary<IEdmEntityType, EntityShape> byType;
    private readonly Dictionary<string, CustomApiDefinition> customApis;

    public WebApiModel(IEdmModel model, IEnumerable<EntityShape> shapes, IEnumerable<CustomApiDefinition> apis)
    {
        Model = model;
        byEntitySet = new Dictionary<string, EntityShape>(StringComparer.Ordinal);
        byType = new Dictionary<IEdmEntityType, EntityShape>();
        foreach (var shape in shapes)
        {
            byEntitySet[shape.Set.Name] = shape;
            byType[shape.Type] = shape;
        }

        customApis = new Dictionary<string, CustomApiDefinition>(StringComparer.Ordinal);
        foreach (var api in apis)
        {
            customApis[api.UniqueName] = api;
        }
    }

    public IEdmModel Model { get; }

    public EntityShape? ShapeOfSet(string entitySetName) => byEntitySet.TryGetValue(entitySetName, out var shape) ? shape : null;

    public EntityShape? ShapeOf(IEdmType? type) => type is IEdmEntityType entityType && byType.TryGetValue(entityType, out var shape) ? shape : null;

    public EntityShape? ShapeOfTable(string logicalName) =>
        ShapeOf(Model.FindDeclaredType($"{EdmTypes.Namespace}.{logicalName}"));

    public CustomApiDefinition? CustomApi(string uniqueName) => customApis.TryGetValue(uniqueName, out var api) ? api : null;
}
