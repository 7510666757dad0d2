using System;
using System.ComponentModel.DataAnnotations;

namespace SocialCrm.Integration.Local;

/// <summary>
/// The "LocalDataverse" section: how the local default runs LocalDataverse as a child process when DataverseSink has
/// no Url. Empty values take what the build recorded (see <see cref="BuildLayout"/>).
/// </summary>
public sealed class LocalDataverseOptions
{
    public const string Section = "LocalDataverse";

    /// <summary>SocialCrm.LocalDataverse.dll; by default the one built beside this program's source.</summary>
    public string? HostPath { get; set; }

    /// <summary>The solution to load: an unmanaged zip or the unpacked Solution/src folder; by default the newest built
    /// zip, else the source folder.</summary>
    public string? Solution { get; set; }

    /// <summary>Where LocalDataverse keeps its data, so records persist across runs.</summary>
    [Required]
    public string DataFolder { get; set; } = System.IO.Path.Combine("data", "dataverse");

    /// <summary>0 picks a free port on 127.0.0.1.</summary>
    [Range(0, 65535)]
    public int Port { get; set; }

    /// <summary>Environment variables starting with this are not passed to the child: the worker's own settings, secrets
    /// among them (the worker sets it to its SOCIALCRM_ prefix).</summary>
    public string WithheldVariablePrefix { get; set; } = "";

    /// <summary>
    /// Whether the child accepts only the token the worker generates for each run (LocalDataverse's strict mode), so no
    /// other local process can write through it. Off only for the demo, whose browser page calls the Web API as a form
    /// does, with no token of its own.
    /// </summary>
    public bool RequireToken { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromMinutes(3);
}
