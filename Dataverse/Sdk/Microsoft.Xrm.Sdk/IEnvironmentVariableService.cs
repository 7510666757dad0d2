namespace Microsoft.Xrm.Sdk;

/// <summary>Reads an environment variable's value inside a plug-in. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ienvironmentvariableservice</summary>
public interface IEnvironmentVariableService
{
    string RetrieveEnvironmentVariableValue(string environmentVariableName);
}
