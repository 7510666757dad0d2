using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>
/// Handles one message: checks the request and names the rows it acts on before any step runs (<see cref="Prepare"/>),
/// then performs the main operation (<see cref="Execute"/>). The pipeline does everything around it.
/// </summary>
internal interface IMessageExecutor
{
    string MessageName { get; }

    /// <summary>False for messages that manage transactions themselves (ExecuteMultiple: one per request).</summary>
    bool RunsInTransaction => true;

    /// <summary>True for messages that never write (Retrieve, RetrieveMultiple): with no step on them, they run beside other reads.</summary>
    bool ReadsOnly => false;

    void Prepare(RequestContext context)
    {
    }

    OrganizationResponse Execute(RequestContext context);

    /// <summary>
    /// For a *Multiple message, what its single message would have answered for item <paramref name="index"/>: the
    /// OutputParameters of a step registered on the single message, which the merged pipeline runs once per item.
    /// </summary>
    ParameterCollection ItemOutput(RequestContext context, int index) => new();

    /// <summary>For a single message, what its *Multiple message would have answered: the OutputParameters of a step on the *Multiple message.</summary>
    ParameterCollection CollectionOutput(RequestContext context) => new();
}
