using System;
using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>A plug-in type of a solution's plug-in assembly, by id (as steps and Custom APIs refer to it) and name.</summary>
public sealed record PluginTypeDefinition(Guid Id, string TypeName, string AssemblyQualifiedName);

/// <summary>A plug-in assembly a solution carries, and the path of its dll inside the solution when present.</summary>
public sealed record PluginAssemblyDefinition(string FullName, string? FilePath, IReadOnlyList<PluginTypeDefinition> Types);
