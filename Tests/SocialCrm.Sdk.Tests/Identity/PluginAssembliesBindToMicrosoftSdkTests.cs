using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Tests.Shared;

namespace SocialCrm.Sdk.Tests.Identity;

/// <summary>
/// What Dataverse needs to load our net462 assemblies: they are strong-name signed with the project's key and reference
/// Microsoft.Xrm.Sdk by the identity of Microsoft's assembly, so the platform binds them to its own SDK.
/// </summary>
[TestClass]
public sealed class PluginAssembliesBindToMicrosoftSdkTests
{
    private const string MicrosoftToken = "31bf3856ad364e35";

    [TestMethod]
    [DataRow("Plugins", "SocialCrm.Plugins", DisplayName = "SocialCrm.Plugins")]
    [DataRow("WorkflowActivities", "SocialCrm.WorkflowActivities", DisplayName = "SocialCrm.WorkflowActivities")]
    public void Net462_assembly_is_signed_with_the_project_key_and_references_Microsoft_Xrm_Sdk_9(string projectDir, string assemblyName)
    {
        var identity = StrongNameIdentity.Read(BuiltAssemblies.Net462(projectDir, assemblyName));

        Assert.AreEqual(StrongNameIdentity.TokenOfKeyPair(Path.Combine(BuiltAssemblies.RepoRoot, "SocialCrm.snk")), identity.PublicKeyToken);
        Assert.IsTrue(identity.HasSignature, "the assembly carries a real strong-name signature, not a public-signed placeholder");
        CollectionAssert.Contains(identity.References, $"Microsoft.Xrm.Sdk, Version=9.0.0.0, PublicKeyToken={MicrosoftToken}");
    }

    [TestMethod]
    [DataRow("Dataverse/Sdk/Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk", DisplayName = "Microsoft.Xrm.Sdk")]
    [DataRow("Dataverse/Sdk/Microsoft.Xrm.Sdk.Workflow", "Microsoft.Xrm.Sdk.Workflow", DisplayName = "Microsoft.Xrm.Sdk.Workflow")]
    public void Bundled_sdk_has_the_identity_of_Microsofts_assembly(string projectDir, string assemblyName)
    {
        var identity = StrongNameIdentity.Read(BuiltAssemblies.Net462(projectDir, assemblyName));

        Assert.AreEqual(assemblyName, identity.Name);
        Assert.AreEqual(new Version(9, 0, 0, 0), identity.Version);
        Assert.AreEqual(MicrosoftToken, identity.PublicKeyToken);
    }
}
