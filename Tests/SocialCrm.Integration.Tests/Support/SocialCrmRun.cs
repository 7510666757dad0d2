using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace SocialCrm.Integration.Tests.Support;

/// <summary>`dotnet socialcrm.dll run` as an operating-system process in a folder of its own, its settings in SOCIALCRM_ variables.</summary>
public static class SocialCrmRun
{
    public static Process Start(string folder, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "socialcrm.dll"));
        start.ArgumentList.Add("run");
        foreach (var (key, value) in settings)
        {
            start.Environment["SOCIALCRM_" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
