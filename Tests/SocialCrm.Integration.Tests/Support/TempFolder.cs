using System.IO;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>A fresh folder for one test's files (queue, data); left behind for inspection, under the temp folder.</summary>
public static class TempFolder
{
    public static string Create(string prefix = "socialcrm-") => Directory.CreateTempSubdirectory(prefix).FullName;
}
