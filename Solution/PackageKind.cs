namespace SocialCrm.Solution;

/// <summary>The two kinds of solution zip Dataverse imports.</summary>
public enum PackageKind
{
    /// <summary>An open solution: its components can be changed in the target environment.</summary>
    Unmanaged,

    /// <summary>A finished solution: installed as a layer that can be removed as a whole.</summary>
    Managed,
}
