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
    bool RunsInTransaction { get; }

    void Prepare(RequestContext context);

    OrganizationResponse Execute(RequestContext context);
}
