namespace SocialCrm.Dataverse.Local.Registration;

/// <summary>An environment variable a solution defines, with its default and, when the solution carries one, its value.</summary>
public sealed record EnvironmentVariableDefinition(string SchemaName, int Type, string? DefaultValue, string? Value = null, string? DisplayName = null);
