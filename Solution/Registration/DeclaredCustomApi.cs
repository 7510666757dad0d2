using System.Collections.Generic;

namespace SocialCrm.Solution.Registration;

/// <summary>A [CustomApi] of a plug-in class with its parameters, as read from the built assembly's metadata.</summary>
public sealed record DeclaredCustomApi(
    string TypeFullName,
    string UniqueName,
    string DisplayName,
    string Description,
    string ExecutePrivilegeName,
    int AllowedCustomProcessingStepType,
    bool IsFunction,
    IReadOnlyList<DeclaredApiField> RequestParameters,
    IReadOnlyList<DeclaredApiField> ResponseProperties);

/// <summary>A request parameter or response property of a Custom API.</summary>
public sealed record DeclaredApiField(string UniqueName, int Type, string Description, bool IsOptional, string? EntityLogicalName);
