using System;
using System.IO;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>The sample files of this test project (Samples/, copied beside the tests).</summary>
public static class Samples
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static string Text(string name) => File.ReadAllText(Path(name));
}
