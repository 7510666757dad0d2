using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Solution.Tests.Fixtures;

namespace SocialCrm.Solution.Tests.WebResources;

/// <summary>
/// The escalation rule form's "Test rules" command as the unmanaged zip ships it: the command's JavaScriptFunction, the
/// web resource its Library names, and that script run in Node against a stand-in Xrm (fake-xrm.js).
/// </summary>
public sealed class TestRulesCommand
{
    private TestRulesCommand(XElement function, string script)
    {
        Function = function;
        Script = script;
    }

    public static TestRulesCommand Packed { get; } = Read(PackedSolution.Current.Unmanaged);

    /// <summary>The command's &lt;JavaScriptFunction&gt; in the table's RibbonDiffXml.</summary>
    public XElement Function { get; }

    /// <summary>The script written from the zip entry the web resource's FileName names.</summary>
    public string Script { get; }

    /// <summary>Runs the command's function on a form; the record of what it asked Xrm for.</summary>
    public JsonObject Run(object scenario)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.RepoRoot, "Tests", "SocialCrm.Solution.Tests", "WebResources", "fake-xrm.js"));
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(Function.Attribute("FunctionName")!.Value);
        start.ArgumentList.Add(JsonSerializer.Serialize(scenario));
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.AreEqual(0, node.ExitCode, error);
        return JsonNode.Parse(output.Result)!.AsObject();
    }

    private static TestRulesCommand Read(PackedZip zip)
    {
        var customizations = zip.Customizations.Root!;
        var ribbon = customizations.Element("Entities")!.Elements("Entity")
            .Single(e => string.Equals(e.Element("Name")!.Value, "scrm_escalationrule", StringComparison.OrdinalIgnoreCase)).Element("RibbonDiffXml")!;
        var function = ribbon.Descendants("JavaScriptFunction").Single();
        var library = function.Attribute("Library")!.Value.Substring("$webresource:".Length);
        var webResource = customizations.Element("WebResources")!.Elements("WebResource").Single(w => w.Element("Name")!.Value == library);
        var script = Path.Combine(RepositoryPaths.NewTemporaryFolder(), "command.js");
        File.WriteAllBytes(script, zip.Contents[webResource.Element("FileName")!.Value.TrimStart('/')]);
        return new TestRulesCommand(function, script);
    }
}
