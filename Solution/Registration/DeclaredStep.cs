using System.Collections.Generic;

namespace SocialCrm.Solution.Registration;

/// <summary>A [PluginStep] of a plug-in class, as read from the built assembly's metadata.</summary>
public sealed record DeclaredStep(
    string TypeFullName,
    string Message,
    string PrimaryEntity,
    int Stage,
    int Mode,
    int Rank,
    string FilteringAttributes,
    string Description,
    IReadOnlyList<DeclaredImage> Images);
