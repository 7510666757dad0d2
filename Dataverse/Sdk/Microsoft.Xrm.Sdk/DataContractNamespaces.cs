namespace Microsoft.Xrm.Sdk;

/// <summary>The data contract namespace Microsoft's SDK types serialize under, so payloads match the real service's.</summary>
internal static class DataContractNamespaces
{
    internal const string Contracts = "http://schemas.microsoft.com/xrm/2011/Contracts";
}
