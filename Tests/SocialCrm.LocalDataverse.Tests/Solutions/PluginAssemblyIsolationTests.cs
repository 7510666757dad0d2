using System;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SocialCrm.Dataverse.Local.Tests.Solutions;

/// <summary>
/// Dataverse loads each registered assembly alone, with only the SDK and the framework beside it
/// (https://learn.microsoft.com/power-apps/developer/data-platform/build-and-package#dependent-assemblies); so does
/// LocalDataverse, so a solution that would fail there fails here too.
/// </summary>
[TestClass]
public sealed class PluginAssemblyIsolationTests
{
    [TestMethod]
    public void A_workflow_assembly_that_references_another_registered_assembly_fails_to_load_naming_both()
    {
        var shared = Emit("Contoso.Shared", module => module.DefineType("Contoso.Shared.Names", TypeAttributes.Public).CreateType());
        var sharedType = new AssemblyLoadContext("emitted", isCollectible: true).LoadFromStream(new MemoryStream(shared)).GetType("Contoso.Shared.Names")!;
        var workflow = Emit("Contoso.Workflow", module =>
        {
            var activity = module.DefineType("Contoso.Workflow.Activity", TypeAttributes.Public);
            activity.DefineField("names", sharedType, FieldAttributes.Public);
            activity.CreateType();
        });
        var zip = Zip(("Contoso.Shared", shared), ("Contoso.Workflow", workflow));
        try
        {
            var error = Assert.ThrowsExactly<FileNotFoundException>(() => LocalDataverse.FromSolution(zip).Build().Dispose());

            StringAssert.Contains(error.Message, "PluginAssemblies/Contoso.Workflow/Contoso.Workflow.dll: Could not load file or assembly 'Contoso.Shared, Version=1.0.0.0");
            StringAssert.Contains(error.Message, "The system cannot find the file specified.");
        }
        finally
        {
            File.Delete(zip);
        }
    }

    [TestMethod]
    public void An_assembly_that_references_only_the_framework_loads()
    {
        var zip = Zip(("Contoso.Shared", Emit("Contoso.Shared", module => module.DefineType("Contoso.Shared.Names", TypeAttributes.Public).CreateType())));
        try
        {
            using var dataverse = LocalDataverse.FromSolution(zip).Build();
        }
        finally
        {
            File.Delete(zip);
        }
    }

    private static byte[] Emit(string name, Action<ModuleBuilder> define)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName(name) { Version = new Version(1, 0, 0, 0) }, typeof(object).Assembly);
        define(assembly.DefineDynamicModule(name));
        using var stream = new MemoryStream();
        assembly.Save(stream);
        return stream.ToArray();
    }

    // A solution zip registering each assembly under PluginAssemblies/<name>/<name>.dll, as exports lay them out.
    private static string Zip(params (string Name, byte[] Dll)[] assemblies)
    {
        var path = Path.Combine(Path.GetTempPath(), $"isolation-{Guid.NewGuid():N}.zip");
        var customizations = new StringBuilder("<ImportExportXml><SolutionPluginAssemblies>");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (name, dll) in assemblies)
            {
                customizations.Append($"<PluginAssembly FullName=\"{name}, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null\"><FileName>/PluginAssemblies/{name}/{name}.dll</FileName><PluginTypes /></PluginAssembly>");
                using var entry = zip.CreateEntry($"PluginAssemblies/{name}/{name}.dll").Open();
                entry.Write(dll);
            }

            customizations.Append("</SolutionPluginAssemblies></ImportExportXml>");
            using var writer = new StreamWriter(zip.CreateEntry("customizations.xml").Open());
            writer.Write(customizations.ToString());
        }

        return path;
    }
}
