using System;
using System.Collections.Generic;
using SocialCrm.Dataverse.Local;

namespace SocialCrm.Plugins.Tests.Support;

/// <summary>
/// Starts a LocalDataverse with SocialCrm's tables, its environment variable definitions (with the defaults the
/// solution ships) and every step and Custom API the plug-in assembly declares, like FakeXrmEasy's test base:
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
        // Add: what the environment knows and runs.
        var clock = new TestClock(Now);
        var builder = LocalDataverse.FromMetadata(SocialCrmTables.All()).WithClock(clock);
        foreach (var step in SocialCrmRegistrations.Steps())
        {
            builder.WithStep(step);
        }

        foreach (var api in SocialCrmRegistrations.CustomApis())
        {
            builder.WithCustomApi(api);
        }

        // Use: the data an administrator would have set up.
        var crm = new SocialCrmDataverse(builder.Build(), clock);
        foreach (var variable in _variables)
        {
            crm.SetVariable(variable.Key, variable.Value);
        }

        crm.Calls.Clear();
        return crm;
    }
}
