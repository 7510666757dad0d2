using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>A plug-in assembly a solution carries, and the path of its dll inside the solution when present.</summary>
public sealed record PluginAssemblyDefinition(string FullName, string? FilePath, IReadOnlyList<PluginTypeDefinition> Types);
