using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Metadata;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>
/// The formatted value of a column's value, as Dataverse gives it to a user whose settings are English (United States)
/// and UTC: a choice's label, Yes/No, a lookup's primary name, numbers with group separators, money in dollars, dates as
/// M/d/yyyy h:mm tt. Text and ids have none.
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#formatted-values
/// </summary>
internal static class FormattedValues
{
    private static readonly CultureInfo UserCulture = CultureInfo.GetCultureInfo("en-US");

    public static string? Of(ColumnDefinition column, object value, string? lookupName) => value switch
    {
        OptionSetValue option => column.Options.FirstOrDefault(o => o.Value == option.Value)?.Label,
        bool flag => flag ? "Yes" : "No",
        EntityReference => lookupName,
        Money money => money.Value.ToString("C" + (column.Precision ?? 2).ToString(CultureInfo.InvariantCulture), UserCulture),
        int or long => ((IFormattable)value).ToString("N0", UserCulture),
        decimal or double => ((IFormattable)value).ToString("N" + (column.Precision ?? 2).ToString(CultureInfo.InvariantCulture), UserCulture),
        DateTime time => time.ToString("M/d/yyyy h:mm tt", UserCulture),
        _ => null,
    };
}
