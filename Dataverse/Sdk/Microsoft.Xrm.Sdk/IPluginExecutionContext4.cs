namespace Microsoft.Xrm.Sdk;

/// <summary>Adds per-target images for bulk messages (CreateMultiple, UpdateMultiple...). https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext4</summary>
public interface IPluginExecutionContext4 : IPluginExecutionContext3
{
    // One image collection per entry of Targets, in the same order; for *Multiple steps the images are available only
    // here, not in PreEntityImages/PostEntityImages. https://learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation
    EntityImageCollection[] PreEntityImagesCollection { get; }

    EntityImageCollection[] PostEntityImagesCollection { get; }
}
