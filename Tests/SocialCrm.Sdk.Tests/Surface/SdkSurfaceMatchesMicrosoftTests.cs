using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Sdk.Tests.Surface;

/// <summary>
/// Every public type and member of the bundled SDK must match its line in Microsoft's listing exactly
/// (../shared/reference), so plug-in code that compiles against ours compiles against theirs.
/// </summary>
[TestClass]
public sealed class SdkSurfaceMatchesMicrosoftTests
{
    [TestMethod]
    [DataRow("Dataverse/Sdk/Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk.api.txt", DisplayName = "Microsoft.Xrm.Sdk")]
    [DataRow("Dataverse/Sdk/Microsoft.Xrm.Sdk.Workflow", "Microsoft.Xrm.Sdk.Workflow", "Microsoft.Xrm.Sdk.Workflow.api.txt", DisplayName = "Microsoft.Xrm.Sdk.Workflow")]
    public void Every_public_type_and_member_matches_its_line_in_Microsofts_listing(string projectDir, string assemblyName, string listing)
    {
        var path = BuiltAssemblies.Net462(projectDir, assemblyName);
        var dependencies = new[] { path, BuiltAssemblies.Net462("Dataverse/Sdk/Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk") }.Distinct().ToArray();
        using var context = BuiltAssemblies.Net462Context(dependencies);
        var ours = ApiSurfaceListing.Of(context.LoadFromAssemblyPath(path));
        var reference = ReferenceListing.Read(BuiltAssemblies.SharedReference(listing));

        var problems = new List<string>();
        foreach (var type in ours.Values.OrderBy(t => t.FullName))
        {
            if (!reference.TryGetValue(type.FullName, out var expected))
            {
                problems.Add($"{type.FullName}: not in Microsoft's listing");
                continue;
            }
            if (type.Header != expected.Header)
            {
                problems.Add($"{type.FullName}: header\n    ours:      {type.Header}\n    Microsoft: {expected.Header}");
            }
            problems.AddRange(type.Members.Where(m => !expected.Members.Contains(m)).OrderBy(m => m).Select(m => $"{type.FullName}: member not in listing: {m}"));
        }

        Assert.IsTrue(ours.Count > 0, "The assembly declares no public type.");
        Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
    }
}
