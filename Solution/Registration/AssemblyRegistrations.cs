using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SocialCrm.Solution.Registration;

/// <summary>
/// The registrations a plug-in assembly declares beside its classes ([PluginStep], [CustomApi] and the Custom API's
/// parameter attributes), read from its metadata as Dataverse reads an assembly on registration: nothing of it runs.
/// </summary>
public sealed class AssemblyRegistrations
{
    private const string StepAttribute = "PluginStepAttribute";
    private const string ApiAttribute = "CustomApiAttribute";
    private const string RequestAttribute = "CustomApiRequestParameterAttribute";
    private const string ResponseAttribute = "CustomApiResponsePropertyAttribute";
    private const string DisplayNameAttribute = "DisplayNameAttribute";
    private const string DescriptionAttribute = "DescriptionAttribute";
    private const string CategoryAttribute = "CategoryAttribute";
    private static readonly AttributeValueProvider Values = new();

    private AssemblyRegistrations(AssemblyName name, IReadOnlyList<DeclaredPluginType> pluginTypes, IReadOnlyList<DeclaredStep> steps, IReadOnlyList<DeclaredCustomApi> customApis)
    {
        Name = name;
        PluginTypes = pluginTypes;
        Steps = steps;
        CustomApis = customApis;
    }

    /// <summary>The assembly's identity, as PluginTypeName and the assembly's FullName write it.</summary>
    public AssemblyName Name { get; }

    /// <summary>The classes Dataverse registers as plug-in types, in metadata order.</summary>
    public IReadOnlyList<DeclaredPluginType> PluginTypes { get; }

    public IReadOnlyList<DeclaredStep> Steps { get; }

    public IReadOnlyList<DeclaredCustomApi> CustomApis { get; }

    public static AssemblyRegistrations Read(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var reader = pe.GetMetadataReader();
        var types = new List<DeclaredPluginType>();
        var steps = new List<DeclaredStep>();
        var apis = new List<DeclaredCustomApi>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            var fullName = FullName(reader, type);
            var attributes = type.GetCustomAttributes()
                .Select(a => reader.GetCustomAttribute(a))
                .Select(a => (Name: AttributeName(reader, a), Attribute: a))
                .Where(a => a.Name is StepAttribute or ApiAttribute or RequestAttribute or ResponseAttribute or DisplayNameAttribute or DescriptionAttribute or CategoryAttribute)
                .Select(a => (a.Name, Value: a.Attribute.DecodeValue(Values)))
                .ToList();
            if (PluginTypeKinds.Of(reader, type) is { } kind)
            {
                string? Text(string attribute) => attributes.Where(a => a.Name == attribute).Select(a => (string?)a.Value.FixedArguments[0].Value).FirstOrDefault();
                // A Custom API's plug-in type goes by the API's unique name and description unless the class says otherwise.
                var declaredApi = attributes.Where(a => a.Name == ApiAttribute).Select(a => a.Value).Cast<CustomAttributeValue<Type>?>().FirstOrDefault();
                types.Add(new DeclaredPluginType(fullName,
                    Text(DisplayNameAttribute) ?? (string?)declaredApi?.FixedArguments[0].Value ?? reader.GetString(type.Name),
                    Text(DescriptionAttribute) ?? (string?)declaredApi?.FixedArguments[2].Value ?? string.Empty,
                    kind == PluginTypeKind.WorkflowActivity ? Text(CategoryAttribute) ?? string.Empty : null));
            }

            steps.AddRange(attributes.Where(a => a.Name == StepAttribute).Select(a => Step(fullName, a.Value)));
            if (attributes.FirstOrDefault(a => a.Name == ApiAttribute) is { Name: not null } api)
            {
                apis.Add(CustomApi(fullName, api.Value,
                    attributes.Where(a => a.Name == RequestAttribute).Select(a => Field(a.Value, isRequest: true)).ToList(),
                    attributes.Where(a => a.Name == ResponseAttribute).Select(a => Field(a.Value, isRequest: false)).ToList()));
            }
        }

        return new AssemblyRegistrations(reader.GetAssemblyDefinition().GetAssemblyName(), types, steps, apis);
    }

    /// <summary>Type, assembly, version, culture and public key token, as Dataverse qualifies a plug-in type.</summary>
    public string QualifiedTypeName(string typeFullName) => $"{typeFullName}, {AssemblyFullName}";

    /// <summary>"SocialCrm.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=..." as in PluginAssembly/@FullName.</summary>
    public string AssemblyFullName
    {
        get
        {
            var token = Name.GetPublicKeyToken() is { Length: > 0 } bytes ? Convert.ToHexString(bytes).ToLowerInvariant() : "null";
            var culture = string.IsNullOrEmpty(Name.CultureName) ? "neutral" : Name.CultureName;
            return $"{Name.Name}, Version={Name.Version}, Culture={culture}, PublicKeyToken={token}";
        }
    }

    private static DeclaredStep Step(string type, CustomAttributeValue<Type> value) =>
        new(type, (string)value.FixedArguments[0].Value!, (string)value.FixedArguments[1].Value!, (int)value.FixedArguments[2].Value!,
            Named(value, "Mode", 0), Named(value, "Rank", 1), Named(value, "FilteringAttributes", string.Empty), Named(value, "Description", string.Empty),
            Images(value));

    private static IReadOnlyList<DeclaredImage> Images(CustomAttributeValue<Type> value)
    {
        var images = new List<DeclaredImage>();
        if (Named(value, "PreImage", string.Empty) is { Length: > 0 } pre)
        {
            images.Add(new DeclaredImage(pre, DeclaredImageType.PreImage, Named(value, "PreImageAttributes", string.Empty)));
        }

        if (Named(value, "PostImage", string.Empty) is { Length: > 0 } post)
        {
            images.Add(new DeclaredImage(post, DeclaredImageType.PostImage, Named(value, "PostImageAttributes", string.Empty)));
        }

        return images;
    }

    private static DeclaredCustomApi CustomApi(string type, CustomAttributeValue<Type> value, IReadOnlyList<DeclaredApiField> request, IReadOnlyList<DeclaredApiField> response) =>
        new(type, (string)value.FixedArguments[0].Value!, (string)value.FixedArguments[1].Value!, (string)value.FixedArguments[2].Value!,
            Named(value, "ExecutePrivilegeName", string.Empty), Named(value, "AllowedCustomProcessingStepType", 1), Named(value, "IsFunction", false),
            request, response);

    private static DeclaredApiField Field(CustomAttributeValue<Type> value, bool isRequest) =>
        new((string)value.FixedArguments[0].Value!, (int)value.FixedArguments[1].Value!, (string)value.FixedArguments[2].Value!,
            isRequest && Named(value, "IsOptional", false), Named<string?>(value, "EntityLogicalName", null));

    private static T Named<T>(CustomAttributeValue<Type> value, string name, T fallback)
    {
        foreach (var argument in value.NamedArguments)
        {
            if (argument.Name == name)
            {
                return (T)argument.Value!;
            }
        }

        return fallback;
    }

    private static string FullName(MetadataReader reader, TypeDefinition type)
    {
        var name = reader.GetString(type.Name);
        if (type.GetDeclaringType() is { IsNil: false } declaring)
        {
            return FullName(reader, reader.GetTypeDefinition(declaring)) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static string? AttributeName(MetadataReader reader, CustomAttribute attribute)
    {
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MethodDefinition:
                var definition = reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor);
                return reader.GetString(reader.GetTypeDefinition(definition.GetDeclaringType()).Name);
            case HandleKind.MemberReference when reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent:
                return reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name);
            default:
                return null;
        }
    }
}
