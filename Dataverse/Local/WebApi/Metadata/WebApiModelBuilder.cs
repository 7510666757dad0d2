using System.Collections.Generic;
using System.Linq;
using Microsoft.OData.Edm;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Metadata;

/// <summary>
/// Builds the EDM model from an environment's metadata the way Dataverse lays out its $metadata: namespace
/// Microsoft.Dynamics.CRM, every table an entity type derived from the abstract crmbaseentity, keyed by its primary key,
/// alternate keys as OData.Community.Keys.V1.AlternateKeys annotations, lookups as _name_value properties plus
/// navigation properties, and the actions and functions of <see cref="OperationModelBuilder"/>.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-service-documents#csdl-metadata-document
/// </summary>
internal static class WebApiModelBuilder
{
    public static WebApiModel Build(LocalDataverse environment)
    {
        var model = new EdmModel();
        var baseEntity = new EdmEntityType(EdmTypes.Namespace, "crmbaseentity", null, isAbstract: true, isOpen: false);
        model.AddElement(baseEntity);
        var container = new EdmEntityContainer(EdmTypes.Namespace, "System");
        model.AddElement(container);

        var catalog = environment.Metadata;
        var shapes = new List<EntityShape>();
        foreach (var table in catalog.Tables.OrderBy(t => t.LogicalName, System.StringComparer.Ordinal))
        {
            var type = new EdmEntityType(EdmTypes.Namespace, table.LogicalName, baseEntity);
            foreach (var column in table.Columns)
            {
                var isKey = column.LogicalName == table.PrimaryIdColumn;
                var property = type.AddStructuralProperty(EntityShape.PropertyName(column), EdmTypes.Of(column.Type), isNullable: !isKey);
                if (isKey)
                {
                    type.AddKeys(property);
                }
            }

            model.AddElement(type);
            shapes.Add(new EntityShape(table, type, NavigationNames.For(table, catalog)));
        }

        var byTable = shapes.ToDictionary(s => s.Table.LogicalName);
        foreach (var shape in shapes)
        {
            foreach (var navigation in shape.Navigations)
            {
                navigation.Property = AddNavigation(shape, navigation, navigation.Target is null ? baseEntity : byTable[navigation.Target.LogicalName].Type);
            }

            AddAlternateKeys(model, shape);
            shape.Set = container.AddEntitySet(shape.Table.EntitySetName, shape.Type);
        }

        foreach (var shape in shapes)
        {
            foreach (var navigation in shape.Navigations.Where(n => n.Target is not null))
            {
                ((EdmEntitySet)shape.Set).AddNavigationTarget(navigation.Property, byTable[navigation.Target!.LogicalName].Set);
            }
        }

        OperationModelBuilder.Add(model, container, baseEntity, environment.CustomApis);
        return new WebApiModel(model, shapes, environment.CustomApis);
    }

    private static IEdmNavigationProperty AddNavigation(EntityShape shape, LookupNavigation navigation, EdmEntityType target)
    {
        var info = new EdmNavigationPropertyInfo
        {
            Name = navigation.Name,
            Target = target,
            TargetMultiplicity = EdmMultiplicity.ZeroOrOne,
        };
        if (target.DeclaredKey?.FirstOrDefault() is { } targetKey)
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
