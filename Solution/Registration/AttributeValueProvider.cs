using System;
using System.Reflection.Metadata;

namespace SocialCrm.Solution.Registration;

/// <summary>
/// Decodes the arguments of the registration attributes without loading the assembly (it targets .NET Framework). Their
/// enums (stage, mode, field type...) are all int-based, which is what an enum argument's blob holds.
/// </summary>
internal sealed class AttributeValueProvider : ICustomAttributeTypeProvider<Type>
{
    public Type GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.Boolean => typeof(bool),
        PrimitiveTypeCode.Int32 => typeof(int),
        PrimitiveTypeCode.String => typeof(string),
        _ => throw new BadImageFormatException($"A registration attribute has an argument of type {typeCode}, which the packer does not read."),
    };

    public Type GetSystemType() => typeof(Type);

    public Type GetSZArrayType(Type elementType) => elementType.MakeArrayType();

    public Type GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => typeof(int);

    public Type GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => typeof(int);

    public Type GetTypeFromSerializedName(string name) => typeof(int);

    public PrimitiveTypeCode GetUnderlyingEnumType(Type type) => PrimitiveTypeCode.Int32;

    public bool IsSystemType(Type type) => type == typeof(Type);
}
