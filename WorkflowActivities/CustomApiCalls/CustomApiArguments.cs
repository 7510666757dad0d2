using Microsoft.Xrm.Sdk;

namespace SocialCrm.WorkflowActivities.CustomApiCalls;

/// <summary>
/// Reads and checks the values that cross between a workflow step and its Custom API, with messages a workflow designer
/// can act on: they name the step and the argument as the designer shows them.
/// </summary>
public static class CustomApiArguments
{
    public static string RequireText(string step, string argument, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidPluginExecutionException($"{step}: the input '{argument}' is required and was empty.");
        }
        return value!;
    }

    public static EntityReference RequireReference(string step, string argument, EntityReference? value, string table)
    {
        if (value == null || value.Id == System.Guid.Empty)
        {
            throw new InvalidPluginExecutionException($"{step}: the input '{argument}' is required: choose a {table} record.");
        }
        if (value.LogicalName != table)
        {
            throw new InvalidPluginExecutionException($"{step}: the input '{argument}' must be a {table} record, not a {value.LogicalName} record.");
        }
        return value;
    }

    /// <summary>Blank optional text is sent as absent, so the Custom API applies its own default.</summary>
    public static void SetOptionalText(OrganizationRequest request, string parameter, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            request[parameter] = value!.Trim();
        }
    }

    public static T RequireOutput<T>(string step, OrganizationResponse response, string output)
    {
        if (!response.Results.TryGetValue(output, out var value) || !(value is T typed))
        {
            throw new InvalidPluginExecutionException($"{step}: the Custom API '{response.ResponseName}' returned no '{output}' output.");
        }
        return typed;
    }

    /// <summary>Optional outputs (a case that may not exist yet) come back as null rather than failing the step.</summary>
    public static T? OptionalOutput<T>(OrganizationResponse response, string output) where T : class =>
        response.Results.TryGetValue(output, out var value) ? value as T : null;
}
