using SocialCrm.Dataverse.Local.Faults;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// Stops a chain of plug-ins calling each other once it passes the maximum depth (8), with the error Dataverse gives
/// for an infinite loop. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iexecutioncontext.depth
/// </summary>
internal sealed class DepthLimitStep : IPipelineStep
{
    private readonly int maxDepth;

    public DepthLimitStep(int maxDepth)
    {
        this.maxDepth = maxDepth;
    }

    public void Run(RequestContext context, PipelineNext next)
    {
        if (context.Caller.Depth > maxDepth)
        {
            throw DataverseFault.Create(
                ErrorCodes.SdkCorrelationTokenDepthTooHigh,
                "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again. For information about workflow logic, see Help.");
        }

        next.Run();
    }
}
