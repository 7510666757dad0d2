using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.WebApi.Batch;

/// <summary>A top-level part of a $batch: one request, or a change set of requests that commit together.</summary>
internal sealed record BatchPart(IReadOnlyList<BatchOperation> Operations, bool IsChangeSet);
