using System;
using System.IO;
using System.Net;
using System.Xml;

namespace SocialCrm.Solution.Tests.Schemas;

/// <summary>
/// Resolves the includes between Microsoft's schemas (CustomizationsSolution.xsd includes FormXml.xsd, Fetch.xsd, SiteMapType.xsd
/// and isv.config.xsd; FormXml.xsd includes the ribbon schemas) from the one folder they were shipped in, and nothing else.
/// </summary>
public sealed class SchemaFolderResolver : XmlResolver
{
    private readonly string _folder;

    public SchemaFolderResolver(string folder)
    {
        _folder = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        BaseUri = new Uri(_folder);
    }

    public Uri BaseUri { get; }

    public override ICredentials Credentials
    {
        set { }
    }

    public override object GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        var path = Path.GetFullPath(absoluteUri.LocalPath);
        if (!absoluteUri.IsFile || !path.StartsWith(_folder, StringComparison.Ordinal))
        {
            throw new XmlException($"The schemas include {absoluteUri}, which is outside {_folder}.");
        }

        return File.OpenRead(path);
    }
}
