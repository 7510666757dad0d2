using System;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>A plug-in type of a solution's plug-in assembly, by id (as steps and Custom APIs refer to it) and name.</summary>
public sealed record PluginTypeDefinition(Guid Id, string TypeName, string AssemblyQualifiedName);
