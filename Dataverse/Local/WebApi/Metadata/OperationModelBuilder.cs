using System.Collections.Generic;
using System.Linq;
using Microsoft.OData.Edm;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.WebApi.Metadata;

/// <summary>
/// The actions and functions of the model: the bulk messages bound to any entity set, WhoAmI, and each Custom API
/// (an action or a function, unbound or bound to its table) with a {UniqueName}Response complex type for its response
/// properties.
/// https://learn.microsoft.com/power-apps/developer/data-platform/custom-api#calling-custom-apis
/// </summary>
internal static class OperationModelBuilder
{
    public const string CreateMultiple = "CreateMultiple";
    public const string UpdateMultiple = "UpdateMultiple";
    public const string UpsertMultiple = "UpsertMultiple";
    public const string WhoAmI = "WhoAmI";
    public const string AddToQueue = "AddToQueue";

    public static void Add(EdmModel model, EdmEntityContainer container, EdmEntityType baseEntity, IEnumerable<CustomApiDefinition> apis)
    {
        var entities = Collection(new EdmEntityTypeReference(baseEntity, false));

        // CreateMultiple answers the new ids; UpdateMultiple and UpsertMultiple answer 204 No Content.
        // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/upsertmultiple
        var createResponse = new EdmComplexType(EdmTypes.Namespace, CreateMultiple + "Response");
        createResponse.AddStructuralProperty("Ids", Collection(EdmCoreModel.Instance.GetGuid(false)));
        model.AddElement(createResponse);
        AddBulkAction(model, CreateMultiple, entities, new EdmComplexTypeReference(createResponse, false));
        AddBulkAction(model, UpdateMultiple, entities, null);
        AddBulkAction(model, UpsertMultiple, entities, null);

        // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami
        var whoAmIResponse = new EdmComplexType(EdmTypes.Namespace, WhoAmI + "Response");
        whoAmIResponse.AddStructuralProperty("BusinessUnitId", EdmPrimitiveTypeKind.Guid, false);
        whoAmIResponse.AddStructuralProperty("UserId", EdmPrimitiveTypeKind.Guid, false);
        whoAmIResponse.AddStructuralProperty("OrganizationId", EdmPrimitiveTypeKind.Guid, false);
        model.AddElement(whoAmIResponse);
        var whoAmI = new EdmFunction(EdmTypes.Namespace, WhoAmI, new EdmComplexTypeReference(whoAmIResponse, false), isBound: false, entitySetPathExpression: null, isComposable: false);
        model.AddElement(whoAmI);
        container.AddFunctionImport(WhoAmI, whoAmI);

        AddAddToQueue(model, baseEntity);
        foreach (var api in apis)
        {
            AddCustomApi(model, container, baseEntity, api);
        }
    }

    // Bound to a queue (the destination); Target is any queue-enabled record, SourceQueue and QueueItemProperties optional.
    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/addtoqueue
    private static void AddAddToQueue(EdmModel model, EdmEntityType baseEntity)
    {
        if (model.FindDeclaredType($"{EdmTypes.Namespace}.queue") is not IEdmEntityType queue
            || model.FindDeclaredType($"{EdmTypes.Namespace}.queueitem") is not IEdmEntityType queueItem)
        {
            return;
        }

        var response = new EdmComplexType(EdmTypes.Namespace, AddToQueue + "Response");
        response.AddStructuralProperty("QueueItemId", EdmPrimitiveTypeKind.Guid, false);
        model.AddElement(response);
        var action = new EdmAction(EdmTypes.Namespace, AddToQueue, new EdmComplexTypeReference(response, false), isBound: true, entitySetPathExpression: null);
        action.AddParameter("entity", new EdmEntityTypeReference(queue, false));
        action.AddParameter("Target", new EdmEntityTypeReference(baseEntity, false));
        action.AddParameter("SourceQueue", new EdmEntityTypeReference(queue, true));
        action.AddParameter("QueueItemProperties", new EdmEntityTypeReference(queueItem, true));
        model.AddElement(action);
    }

    private static void AddBulkAction(EdmModel model, string name, IEdmTypeReference entities, IEdmTypeReference? returnType)
    {
        var action = new EdmAction(EdmTypes.Namespace, name, returnType, isBound: true, entitySetPathExpression: null);
        action.AddParameter("entityset", entities);
        action.AddParameter("Targets", entities);
        model.AddElement(action);
    }

    private static void AddCustomApi(EdmModel model, EdmEntityContainer container, EdmEntityType baseEntity, CustomApiDefinition api)
    {
        IEdmTypeReference? returnType = null;
        if (api.ResponseProperties.Count > 0)
        {
            // Records in a response are navigation properties of its complex type, as in Dataverse's $metadata.
            var response = new EdmComplexType(EdmTypes.Namespace, api.UniqueName + "Response");
            foreach (var property in api.ResponseProperties)
            {
                var type = TypeOf(model, baseEntity, property.Type, property.EntityLogicalName, nullable: true);
                if (type.IsEntity() || (type.IsCollection() && type.AsCollection().ElementType().IsEntity()))
                {
                    response.AddUnidirectionalNavigation(new EdmNavigationPropertyInfo
                    {
                        Name = property.UniqueName,
                        Target = type.IsEntity() ? type.AsEntity().EntityDefinition() : type.AsCollection().ElementType().AsEntity().EntityDefinition(),
                        TargetMultiplicity = type.IsEntity() ? EdmMultiplicity.ZeroOrOne : EdmMultiplicity.Many,
                    });
                }
                else
                {
                    response.AddStructuralProperty(property.UniqueName, type);
                }
            }

            model.AddElement(response);
            returnType = new EdmComplexTypeReference(response, true);
        }

        var isBound = api.BindingType is 1 or 2;
        EdmOperation operation = api.IsFunction
            ? new EdmFunction(EdmTypes.Namespace, api.UniqueName, returnType ?? EdmCoreModel.Instance.GetBoolean(true), isBound, null, isComposable: false)
            : new EdmAction(EdmTypes.Namespace, api.UniqueName, returnType, isBound, null);
        if (isBound)
        {
            var bound = model.FindDeclaredType($"{EdmTypes.Namespace}.{api.BoundEntityLogicalName}") as IEdmEntityType ?? baseEntity;
            var boundType = new EdmEntityTypeReference(bound, false);
            operation.AddParameter("entity", api.BindingType == 2 ? Collection(boundType) : boundType);
        }

        foreach (var parameter in api.RequestParameters)
        {
            operation.AddParameter(parameter.UniqueName, TypeOf(model, baseEntity, parameter.Type, parameter.EntityLogicalName, parameter.IsOptional));
        }

        model.AddElement(operation);
        if (isBound)
        {
            return;
        }

        if (operation is EdmFunction function)
        {
            container.AddFunctionImport(api.UniqueName, function);
        }
        else
        {
            container.AddActionImport(api.UniqueName, (EdmAction)operation);
        }
    }

    // Custom API parameter types as the Web API exposes them.
    // https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables#customapifieldtype-choices
    private static IEdmTypeReference TypeOf(EdmModel model, EdmEntityType baseEntity, CustomApiParameterType type, string? table, bool nullable)
    {
        var entity = new EdmEntityTypeReference(
            (table is null ? null : model.FindDeclaredType($"{EdmTypes.Namespace}.{table}") as IEdmEntityType) ?? baseEntity, nullable);
        return type switch
        {
            CustomApiParameterType.Boolean => EdmCoreModel.Instance.GetBoolean(nullable),
            CustomApiParameterType.DateTime => EdmCoreModel.Instance.GetDateTimeOffset(nullable),
            CustomApiParameterType.Decimal or CustomApiParameterType.Money => EdmCoreModel.Instance.GetDecimal(nullable),
            CustomApiParameterType.Float => EdmCoreModel.Instance.GetDouble(nullable),
            CustomApiParameterType.Integer or CustomApiParameterType.Picklist => EdmCoreModel.Instance.GetInt32(nullable),
            CustomApiParameterType.Guid => EdmCoreModel.Instance.GetGuid(nullable),
            CustomApiParameterType.StringArray => Collection(EdmCoreModel.Instance.GetString(false)),
            CustomApiParameterType.Entity or CustomApiParameterType.EntityReference => entity,
            CustomApiParameterType.EntityCollection => Collection(new EdmEntityTypeReference(entity.EntityDefinition(), false)),
            _ => EdmCoreModel.Instance.GetString(nullable),
        };
    }

    private static EdmCollectionTypeReference Collection(IEdmTypeReference element) => new(new EdmCollectionType(element));

    public static bool IsBulk(string name) => name is CreateMultiple or UpdateMultiple or UpsertMultiple;
}
