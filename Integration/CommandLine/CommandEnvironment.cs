using System;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace SocialCrm.Integration.CommandLine;

/// <summary>What the commands write to and what they read settings from; tests hand in their own.</summary>
public sealed class CommandEnvironment
{
    public IAnsiConsole Console { get; init; } = AnsiConsole.Console;

    /// <summary>Configuration added after the files and environment variables (see <see cref="Hosting.SocialCrmConfiguration"/>).</summary>
    public Action<IConfigurationBuilder>? Configure { get; init; }
}
