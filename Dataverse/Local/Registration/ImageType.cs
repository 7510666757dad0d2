namespace SocialCrm.Dataverse.Local.Registration;

/// <summary>sdkmessageprocessingstepimage.imagetype: 0 pre-image, 1 post-image, 2 both.</summary>
public enum ImageType
{
    PreImage = 0,
    PostImage = 1,
    Both = 2,
}
