namespace SocialCrm.Solution.Registration;

/// <summary>
/// An entity image a [PluginStep] asks for: its alias (also its name), whether it is taken before or after the main
/// operation, and its comma-separated columns (empty: all).
/// </summary>
public sealed record DeclaredImage(string Alias, DeclaredImageType Type, string Attributes);

/// <summary>sdkmessageprocessingstepimage.imagetype: 0 pre-image, 1 post-image (2, both, is written as two images here).</summary>
public enum DeclaredImageType
{
    PreImage = 0,
    PostImage = 1,
}
