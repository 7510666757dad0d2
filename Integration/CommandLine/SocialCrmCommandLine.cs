using System.CommandLine;

namespace SocialCrm.Integration.CommandLine;

/// <summary>The `socialcrm` command tree, one sub-command per area.</summary>
public static class SocialCrmCommandLine
{
    public static RootCommand Create(CommandEnvironment? environment = null)
    {
        environment ??= new CommandEnvironment();
        return new RootCommand("SocialCrm: social mentions into Dataverse")
        {
            RunCommand.Create(environment),
            SolutionCommands.Create(),
            ImportCommand.Create(environment),
            StatusCommand.Create(environment),
            DeadLetterCommand.Create(environment),
            DemoCommand.Create(environment),
        };
    }
}
