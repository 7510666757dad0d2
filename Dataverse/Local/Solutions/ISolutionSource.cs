using System;
using System.Collections.Generic;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>The files of a solution, from a zip or from a folder, addressed by '/'-separated relative paths.</summary>
public interface ISolutionSource : IDisposable
{
    /// <summary>Where the solution came from, for error messages.</summary>
    string Origin { get; }

    /// <summary>Every file path, relative to the solution's root.</summary>
    IReadOnlyList<string> Files { get; }

    byte[] ReadBytes(string path);
}
