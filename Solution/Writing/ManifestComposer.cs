using System.Xml.Linq;
using SocialCrm.Solution.Reading;

namespace SocialCrm.Solution.Writing;

/// <summary>Writes solution.xml: the source manifest with the package kind set.</summary>
public static class ManifestComposer
{
    public static XDocument Compose(SolutionSource source)
    {
        var manifest = new XDocument(source.Manifest!.Document);
        // 0 unmanaged, 1 managed: the one flag Dataverse reads to install the package as a removable layer or as open customizations.
        manifest.Root!.Element("SolutionManifest")!.SetElementValue("Managed", source.Kind == PackageKind.Managed ? "1" : "0");
        return manifest;
    }
}
