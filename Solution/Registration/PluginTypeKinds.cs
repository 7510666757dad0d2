using System.Reflection;
using System.Reflection.Metadata;

namespace SocialCrm.Solution.Registration;

/// <summary>What Dataverse registers a class of an uploaded assembly as.</summary>
public enum PluginTypeKind
{
    Plugin,
    WorkflowActivity,
}

/// <summary>
/// Finds the classes Dataverse registers as plug-in types when an assembly is uploaded: "any compiled classes in the
/// assembly that implement the IPlugin interface or are derived from CodeActivity"
/// (https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#assembly-registration). Read from
/// metadata, following base classes defined in the same assembly (a plug-in base such as PluginBase).
/// </summary>
internal static class PluginTypeKinds
{
    public static PluginTypeKind? Of(MetadataReader reader, TypeDefinition type)
    {
        var attributes = type.Attributes;
        if ((attributes & TypeAttributes.VisibilityMask) != TypeAttributes.Public || (attributes & (TypeAttributes.Abstract | TypeAttributes.Interface)) != 0)
        {
            return null;
        }

        for (var current = type; ;)
        {
            foreach (var handle in current.GetInterfaceImplementations())
            {
                if (IsNamed(reader, reader.GetInterfaceImplementation(handle).Interface, "Microsoft.Xrm.Sdk", "IPlugin"))
                {
                    return PluginTypeKind.Plugin;
                }
            }

            var baseType = current.BaseType;
            if (IsNamed(reader, baseType, "System.Activities", "CodeActivity"))
            {
                return PluginTypeKind.WorkflowActivity;
            }

            if (baseType.Kind != HandleKind.TypeDefinition)
            {
                return null;
            }

            current = reader.GetTypeDefinition((TypeDefinitionHandle)baseType);
        }
    }

    private static bool IsNamed(MetadataReader reader, EntityHandle handle, string ns, string name)
    {
        if (handle.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var reference = reader.GetTypeReference((TypeReferenceHandle)handle);
        return reader.StringComparer.Equals(reference.Namespace, ns) && reader.StringComparer.Equals(reference.Name, name);
    }
}
