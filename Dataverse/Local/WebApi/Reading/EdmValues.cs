using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.WebApi.Reading;

/// <summary>An SDK value as the Web API writes it: a lookup as its id, a choice as its number, money as a decimal, a date in UTC.</summary>
internal static class EdmValues
{
    public static object? From(object? value) => value switch
    {
        EntityReference reference => reference.Id,
        OptionSetValue option => option.Value,
        Money money => money.Value,
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time, DateTimeKind.Utc)),
        AliasedValue aliased => From(aliased.Value),
        _ => value,
    };
}
