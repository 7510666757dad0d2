using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SocialCrm.Solution.Writing;

/// <summary>Serializes XML the same way on every machine: UTF-8 without BOM, two-space indents, CRLF as Dataverse exports use.</summary>
public static class XmlBytes
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\r\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static byte[] Of(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
