using System.IO;
using Spectre.Console;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>A plain, wide, non-interactive console whose output a test can read.</summary>
public sealed class TestConsole
{
    private readonly StringWriter writer = new();

    public TestConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        Console.Profile.Width = 400;
    }

    public IAnsiConsole Console { get; }

    public string Output => writer.ToString();
}
