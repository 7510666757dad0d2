using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Named input or output parameters of a message. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.parametercollection</summary>
[CollectionDataContract(Name = "ParameterCollection", Namespace = DataContractNamespaces.Contracts)]
public class ParameterCollection : DataCollection<string, object>
{
    /// <remarks>False both when the parameter is missing and when its value is not a <typeparamref name="T"/>.</remarks>
    public bool TryGetValue<T>(string key, out T value)
    {
        if (base.TryGetValue(key, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }
        value = default;
        return false;
    }

    public void AddOrUpdateIfNotNull(string key, object value)
    {
        if (value != null)
        {
            this[key] = value;
        }
    }
}
