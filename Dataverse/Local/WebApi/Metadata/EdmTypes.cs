using Microsoft.OData.Edm;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Metadata;

/// <summary>
/// The EDM type of each column type, as Dataverse's $metadata declares them: dates are Edm.DateTimeOffset, money and
/// decimals Edm.Decimal, choices Edm.Int32, lookups an Edm.Guid _name_value property.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-types-operations#primitive-types
/// </summary>
internal static class EdmTypes
{
    public const string Namespace = "Microsoft.Dynamics.CRM";

    public static EdmPrimitiveTypeKind Of(ColumnType type) => type switch
    {
        ColumnType.String or ColumnType.Memo => EdmPrimitiveTypeKind.String,
        ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status => EdmPrimitiveTypeKind.Int32,
        ColumnType.BigInt => EdmPrimitiveTypeKind.Int64,
        ColumnType.Decimal or ColumnType.Money => EdmPrimitiveTypeKind.Decimal,
        ColumnType.Double => EdmPrimitiveTypeKind.Double,
        ColumnType.Boolean => EdmPrimitiveTypeKind.Boolean,
        ColumnType.DateTime => EdmPrimitiveTypeKind.DateTimeOffset,
        _ => EdmPrimitiveTypeKind.Guid,
    };
}
