using System;
using System.Collections.Generic;
using SocialCrm.Dataverse.Local;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Plugins.Tests.Support;

/// <summary>
/// Starts a LocalDataverse from the managed solution zip an admin imports: its tables, environment variables (with the
/// defaults the solution ships), steps and Custom APIs, running the plug-in assembly the zip embeds. Like FakeXrmEasy's
/// test base:
/// <code>
/// using var crm = SocialCrmFixture.Start().WithVariable(EnvironmentVariables.AutoCreateContacts, "yes").Build();
/// crm.Send(WriteMessage.UpsertMultiple, MentionBuilder.Post("1"), MentionBuilder.Post("2"));
/// </code>
/// </summary>
internal sealed class SocialCrmFixture
{
    /// <summary>The environment's clock when a test starts.</summary>
    public static readonly DateTime Now = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly Dictionary<string, string> _variables = new(StringComparer.OrdinalIgnoreCase);

    private SocialCrmFixture()
    {
    }

    public static SocialCrmFixture Start() => new();

    /// <summary>Sets an environment variable's current value, overriding the default the solution ships.</summary>
    public SocialCrmFixture WithVariable(string schemaName, string value)
    {
        _variables[schemaName] = value;
        return this;
    }

    public SocialCrmDataverse Build()
    {
        // Add: what the environment knows and runs, all from the solution.
        var clock = new TestClock(Now);
        var crm = new SocialCrmDataverse(LocalDataverse.FromSolution(SolutionZips.Managed).WithClock(clock).Build(), clock);

        // Use: the data an administrator would have set up.
        foreach (var variable in _variables)
        {
            crm.SetVariable(variable.Key, variable.Value);
        }

        crm.Calls.Clear();
        return crm;
    }
}
