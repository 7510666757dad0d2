namespace SocialCrm.Plugins.Tests.Support;

/// <summary>The messages a client can create mentions with; intake must treat them all alike.</summary>
public enum WriteMessage
{
    Create,
    CreateMultiple,
    Upsert,
    UpsertMultiple,
}
