using System.Collections.Generic;
using System.Linq;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Metadata;

/// <summary>
/// Builds the EDM model from an environment's metadata the way Dataverse lays out its $metadata: namespace
/// Microsoft.Dynamics.CRM with alias mscrm, every table an entity type derived from the abstract crmbaseentity, keyed by
/// its primary key; activity tables derived from activitypointer (whose columns and key they inherit); systemuser and
/// team derived from the abstract principal keyed by ownerid, the type of every ownerid navigation property; alternate
/// keys as OData.Community.Keys.V1.AlternateKeys annotations, lookups as _name_value properties plus navigation
/// properties, a collection-valued navigation property per relationship on its "one" side, and the actions and functions of <see cref="OperationModelBuilder"/>.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-service-documents#csdl-metadata-document
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/principal
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/activitypointer
/// </summary>
internal static class WebApiModelBuilder
{
    public const string Alias = "mscrm";
    private const string ActivityPointer = "activitypointer";
    private static readonly string[] Principals = { "systemuser", "team" };

    public static WebApiModel Build(LocalDataverse environment)
    {
        var model = new EdmModel();
        model.SetNamespaceAlias(EdmTypes.Namespace, Alias);
        var baseEntity = new EdmEntityType(EdmTypes.Namespace, "crmbaseentity", null, isAbstract: true, isOpen: false);
        model.AddElement(baseEntity);
        var principal = new EdmEntityType(EdmTypes.Namespace, "principal", baseEntity, isAbstract: true, isOpen: false);
        principal.AddKeys(principal.AddStructuralProperty(PlatformColumns.OwnerId, EdmPrimitiveTypeKind.Guid, isNullable: false));
        model.AddElement(principal);
        var container = new EdmEntityContainer(EdmTypes.Namespace, "System");
        model.AddElement(container);

        var catalog = environment.Metadata;
        var pointer = catalog.FindTable(ActivityPointer);
        var shapes = new List<EntityShape>();
        EdmEntityType? pointerType = null;
        // activitypointer first: the activity tables derive from it.
        foreach (var table in catalog.Tables.OrderBy(t => t.LogicalName != ActivityPointer).ThenBy(t => t.LogicalName, System.StringComparer.Ordinal))
        {
            var inherited = table.IsActivity && pointer is not null && table != pointer ? pointer : null;
            var baseType = inherited is not null ? pointerType!
                : Principals.Contains(table.LogicalName) ? principal
                : baseEntity;
            var type = new EdmEntityType(EdmTypes.Namespace, table.LogicalName, baseType);
            foreach (var column in table.Columns.Where(c => inherited?.HasColumn(c.LogicalName) != true))
            {
                var isKey = column.LogicalName == table.PrimaryIdColumn;
                var property = type.AddStructuralProperty(EntityShape.PropertyName(column), EdmTypes.Of(column.Type), isNullable: !isKey);
                if (isKey && baseType == baseEntity)
                {
                    type.AddKeys(property);
                }
            }

            model.AddElement(type);
            pointerType ??= table == pointer ? type : null;
            shapes.Add(new EntityShape(table, type, NavigationNames.For(table, catalog)));
        }

        var byTable = shapes.ToDictionary(s => s.Table.LogicalName);
        foreach (var shape in shapes)
        {
            foreach (var navigation in shape.Navigations)
            {
                // An activity inherits activitypointer's navigation properties (ownerid, createdby...) rather than redeclaring them.
                navigation.Property = shape.Type.BaseEntityType()?.FindProperty(navigation.Name) as IEdmNavigationProperty
                    ?? AddNavigation(shape, navigation, navigation.Target is null ? principal : byTable[navigation.Target.LogicalName].Type);
            }

            AddAlternateKeys(model, shape);
            shape.Set = container.AddEntitySet(shape.Table.EntitySetName, shape.Type);
        }

        AddCollections(catalog, byTable);
        foreach (var shape in shapes)
        {
            foreach (var navigation in shape.Navigations.Where(n => n.Target is not null))
            {
                ((EdmEntitySet)shape.Set).AddNavigationTarget(navigation.Property, byTable[navigation.Target!.LogicalName].Set);
            }

            foreach (var collection in shape.Collections)
            {
                ((EdmEntitySet)shape.Set).AddNavigationTarget(collection.Property, byTable[collection.Referencing.LogicalName].Set);
            }
        }

        OperationModelBuilder.Add(model, container, baseEntity, environment.CustomApis);
        return new WebApiModel(model, shapes, environment.CustomApis);
    }

    // The "one" side of each relationship gets a collection-valued navigation property named after the relationship.
    private static void AddCollections(MetadataCatalog catalog, Dictionary<string, EntityShape> byTable)
    {
        foreach (var relationship in catalog.Relationships)
        {
            if (!byTable.TryGetValue(relationship.ReferencedTable, out var one) || !byTable.TryGetValue(relationship.ReferencingTable, out var many)
                || !many.Table.HasColumn(relationship.ReferencingColumn) || one.Type.FindProperty(relationship.SchemaName) is not null)
            {
                continue;
            }

            var collection = new RelatedCollection(relationship, many.Table);
            collection.Property = one.Type.AddUnidirectionalNavigation(new EdmNavigationPropertyInfo
            {
                Name = relationship.SchemaName,
                Target = many.Type,
                TargetMultiplicity = EdmMultiplicity.Many,
            });
            one.Add(collection);
        }
    }

    private static IEdmNavigationProperty AddNavigation(EntityShape shape, LookupNavigation navigation, EdmEntityType target)
    {
        var info = new EdmNavigationPropertyInfo
        {
            Name = navigation.Name,
            Target = target,
            TargetMultiplicity = EdmMultiplicity.ZeroOrOne,
        };
        if (target.Key()?.FirstOrDefault() is { } targetKey)
        {
            info.DependentProperties = new[] { (IEdmStructuralProperty)shape.Type.FindProperty(EntityShape.PropertyName(navigation.Column)) };
            info.PrincipalProperties = new[] { targetKey };
        }

        return shape.Type.AddUnidirectionalNavigation(info);
    }

    private static void AddAlternateKeys(EdmModel model, EntityShape shape)
    {
        foreach (var key in shape.Table.AlternateKeys)
        {
            var parts = key.Columns.ToDictionary(
                c => c,
                c => shape.Type.FindProperty(EntityShape.PropertyName(shape.Table.FindColumn(c)!)));
            model.AddAlternateKeyAnnotation(shape.Type, parts);
        }
    }
}
