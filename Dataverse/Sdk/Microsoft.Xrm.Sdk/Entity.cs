using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A row of a table: logical name, id, columns. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity</summary>
[DataContract(Name = "Entity", Namespace = DataContractNamespaces.Contracts)]
public class Entity : IExtensibleDataObject
{
    public Entity()
        : this((string)null)
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
        Attributes = new AttributeCollection();
    }

    public Entity(string entityName, Guid id)
        : this(entityName)
    {
        Id = id;
    }

    public Entity(string entityName, string keyName, object keyValue)
        : this(entityName)
    {
        KeyAttributes[keyName] = keyValue;
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
        : this(entityName)
    {
        KeyAttributes = keyAttributes;
    }

    // Made when first read: most rows (a query's, a plug-in's write) never carry formatted values, related rows or keys.
    private FormattedValueCollection formattedValues;
    private RelatedEntityCollection relatedEntities;
    private KeyAttributeCollection keyAttributes;

    [DataMember]
    public string LogicalName { get; set; }

    [DataMember]
    public virtual Guid Id { get; set; }

    [DataMember]
    public AttributeCollection Attributes { get; set; }

    [DataMember]
    public EntityState? EntityState { get; set; }

    [DataMember]
    public FormattedValueCollection FormattedValues
    {
        get => formattedValues ??= new FormattedValueCollection();
        set => formattedValues = value;
    }

    [DataMember]
    public RelatedEntityCollection RelatedEntities
    {
        get => relatedEntities ??= new RelatedEntityCollection();
        set => relatedEntities = value;
    }

    [DataMember]
    public string RowVersion { get; set; }

    [DataMember]
    public KeyAttributeCollection KeyAttributes
    {
        get => keyAttributes ??= new KeyAttributeCollection();
        set => keyAttributes = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    // Reads the column itself, so a column the row does not carry throws KeyNotFoundException; GetAttributeValue is
    // the documented way to read one that may be missing. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity.item
    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    // A missing column (or a null value) gives default(T) rather than an exception; a value of another type throws
    // InvalidCastException. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity.getattributevalue
    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        if (!Attributes.TryGetValue(attributeLogicalName, out var value) || value == null)
        {
            return default;
        }
        return (T)value;
    }

    /// <remarks>False when the column is missing and when its value is not a <typeparamref name="T"/> (null included).</remarks>
    public bool TryGetAttributeValue<T>(string attributeLogicalName, out T value)
    {
        if (Attributes.TryGetValue(attributeLogicalName, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }
        value = default;
        return false;
    }

    /// <remarks>Carries the id, the key attributes (copied) and the row version, so a row known only by its alternate key
    /// still yields a usable reference. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity.toentityreference</remarks>
    public EntityReference ToEntityReference()
    {
        if (string.IsNullOrEmpty(LogicalName))
        {
            throw new NotSupportedException("LogicalName must be set before calling ToEntityReference().");
        }
        var reference = new EntityReference(LogicalName, Id) { RowVersion = RowVersion };
        if (KeyAttributes != null)
        {
            reference.KeyAttributes.AddRange(KeyAttributes);
        }
        return reference;
    }

    /// <remarks>A shallow copy: the result shares this row's collections.
    /// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entity.toentity</remarks>
    public T ToEntity<T>()
        where T : Entity
    {
        if (typeof(T) == typeof(Entity))
        {
            var copy = new Entity();
            ShallowCopyTo(copy);
            return (T)copy;
        }
        var typed = Activator.CreateInstance<T>();
        // An early-bound class names its table in its constructor; a row of another table does not convert to it.
        if (!string.IsNullOrEmpty(typed.LogicalName) && typed.LogicalName != LogicalName)
        {
            throw new NotSupportedException($"Cannot convert entity {LogicalName} to {typed.LogicalName}.");
        }
        ShallowCopyTo(typed);
        return typed;
    }

    private void ShallowCopyTo(Entity target)
    {
        target.LogicalName = LogicalName;
        target.Id = Id;
        target.Attributes = Attributes;
        target.EntityState = EntityState;
        target.FormattedValues = FormattedValues;
        target.RelatedEntities = RelatedEntities;
        target.RowVersion = RowVersion;
        target.KeyAttributes = KeyAttributes;
        target.ExtensionData = ExtensionData;
    }
}
