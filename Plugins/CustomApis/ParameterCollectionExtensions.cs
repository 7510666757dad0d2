using System;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Plugins.CustomApis;

/// <summary>Reads a Custom API's request parameters, rejecting a missing or mistyped one with a message naming it.</summary>
public static class ParameterCollectionExtensions
{
    public static T? Optional<T>(this ParameterCollection parameters, string name) where T : class =>
        parameters.TryGetValue(name, out var value) ? value as T : null;

    /// <exception cref="InvalidPluginExecutionException">The parameter is missing or empty.</exception>
    public static string RequiredText(this ParameterCollection parameters, string name)
    {
        var text = parameters.Optional<string>(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidPluginExecutionException($"{name} is required.");
        }

        return text!;
    }

    public static bool OptionalFlag(this ParameterCollection parameters, string name) =>
        parameters.TryGetValue(name, out var value) && value is bool flag && flag;

    public static int? OptionalInteger(this ParameterCollection parameters, string name) =>
        parameters.TryGetValue(name, out var value) && value is int number ? number : (int?)null;

    /// <summary>A DateTime parameter in UTC; one given without a kind is taken as UTC, as the Web API sends it.</summary>
    public static DateTime? OptionalUtcDate(this ParameterCollection parameters, string name) =>
        parameters.TryGetValue(name, out var value) && value is DateTime date
            ? (date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc))
            : (DateTime?)null;

    /// <exception cref="InvalidPluginExecutionException">The parameter is missing or points to another table.</exception>
    public static Guid RequiredReference(this ParameterCollection parameters, string name, string logicalName)
    {
        var reference = parameters.Optional<EntityReference>(name);
        if (reference == null || reference.Id == Guid.Empty)
        {
            throw new InvalidPluginExecutionException($"{name} is required: a reference to a {logicalName} row.");
        }

        if (!string.Equals(reference.LogicalName, logicalName, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidPluginExecutionException($"{name} must point to a {logicalName} row, not to {reference.LogicalName}.");
        }

        return reference.Id;
    }
}
