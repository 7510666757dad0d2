namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>One link of the pipeline: does its part and runs <c>next</c> to run the rest (or not, to stop it).</summary>
internal interface IPipelineStep
{
    void Run(RequestContext context, PipelineNext next);
}
