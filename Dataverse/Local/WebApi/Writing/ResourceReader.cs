using System.Collections.Generic;
using Microsoft.OData;

namespace SocialCrm.Dataverse.Local.WebApi.Writing;

/// <summary>
/// Collects what Microsoft.OData's reader reports for one record or a set of records into <see cref="ResourceTree"/>s:
/// a resource's properties are complete at its end, its @odata.bind links come as entity reference links inside their
/// navigation property.
/// </summary>
internal static class ResourceReader
{
    public static List<ResourceTree> ReadAll(ODataReader reader)
    {
        var done = new List<ResourceTree>();
        var open = new Stack<ResourceTree>();
        var navigations = new Stack<string>();
        while (reader.Read())
        {
            switch (reader.State)
            {
                case ODataReaderState.ResourceStart:
                    if (open.Count > 0 && navigations.Count > 0)
                    {
                        open.Peek().NestedUnder.Add(navigations.Peek());
                    }

                    open.Push(new ResourceTree());
                    break;
                case ODataReaderState.ResourceEnd:
                    var tree = open.Pop();
                    tree.Resource = (ODataResource)reader.Item;
                    if (open.Count == 0)
                    {
                        done.Add(tree);
                    }

                    break;
                case ODataReaderState.NestedResourceInfoStart:
                    navigations.Push(((ODataNestedResourceInfo)reader.Item).Name);
                    break;
                case ODataReaderState.NestedResourceInfoEnd:
                    navigations.Pop();
                    break;
                case ODataReaderState.EntityReferenceLink:
                    open.Peek().Binds.Add((navigations.Peek(), ((ODataEntityReferenceLink)reader.Item).Url.OriginalString));
                    break;
            }
        }

        return done;
    }
}
