using System.CommandLine;

namespace SocialCrm.Integration.CommandLine;

/// <summary>The `socialcrm` command tree, one sub-command per area.</summary>
public static class SocialCrmCommandLine
{
    public static RootCommand Create() => new("SocialCrm: social mentions into Dataverse")
    {
        SolutionCommands.Create(),
    };
}
