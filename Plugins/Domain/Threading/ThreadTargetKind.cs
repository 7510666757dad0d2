namespace SocialCrm.Plugins.Domain.Threading;

/// <summary>What kind of conversation a mention belongs to, before the batch's order decides who starts what.</summary>
internal enum ThreadTargetKind
{
    Explicit,
    Existing,
    NewThread,
}
