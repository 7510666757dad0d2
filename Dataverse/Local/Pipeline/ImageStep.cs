using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Pipeline;

/// <summary>
/// Reads the rows of the request before (for pre-images) or after (for post-images) the main operation, in one query
/// for all of them, and only when a registered step asks for such an image.
/// </summary>
internal sealed class ImageStep : IPipelineStep
{
    private readonly bool before;
    private readonly StepRegistry steps;

    public ImageStep(bool before, StepRegistry steps)
    {
        this.before = before;
        this.steps = steps;
    }

    public void Run(RequestContext context, PipelineNext next)
    {
        if (context.RaisesEvents && context.Table is not null && context.Items.Count > 0 && Wanted(context))
        {
            var rows = context.Store.Retrieve(context.Table, context.Items.Select(i => i.Id).ToList(), new ColumnSet(true)).ToDictionary(r => r.Id);
            foreach (var item in context.Items)
            {
                var row = rows.GetValueOrDefault(item.Id);
                if (before)
                {
                    item.Before = row;
                }
                else
                {
                    item.After = row;
                }
            }
        }

        next.Run();
    }

    // Asked twice by every request, most of which (a plug-in's single writes) have no step: no list is built for that.
    private bool Wanted(RequestContext context)
    {
        var wanted = WantsImage(steps.Applicable(context, PipelineStage.PostOperation, StepMode.Synchronous))
            || WantsImage(steps.Applicable(context, PipelineStage.PostOperation, StepMode.Asynchronous));
        return wanted || (before && WantsImage(steps.Applicable(context, PipelineStage.PreOperation, StepMode.Synchronous)));
    }

    private bool WantsImage(IReadOnlyList<StepInvocation> invocations)
    {
        foreach (var invocation in invocations)
        {
            foreach (var image in invocation.Step.Images)
            {
                if (before ? image.IsPre : image.IsPost)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
