using System;
using System.IO;

namespace SocialCrm.Dataverse.Local.Tests.Solutions;

/// <summary>The small hand-written solution under Solutions/Sample, copied beside the test assembly.</summary>
internal static class SampleSolution
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Solutions", "Sample");
}
