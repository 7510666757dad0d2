using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

namespace SocialCrm.Dataverse.Local.Tests.Storage;

[TestClass]
public sealed class FileStoreTests
{
    private string folder = null!;

    [TestInitialize]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("localdataverse").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [TestMethod]
    public void Data_in_a_file_store_survives_a_restart()
    {
        var path = Path.Combine(folder, "dataverse.db");
        Guid id;
        string version;
        using (var first = Tables.Environment().InFile(path).Build())
        {
            var service = first.GetOrganizationService();
            id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada", ["test_network"] = new OptionSetValue(1), ["test_handle"] = "ada" });
            version = service.Retrieve(Tables.Profile, id, new ColumnSet(false)).RowVersion;
        }

        using var second = Tables.Environment().InFile(path).Build();
        var again = second.GetOrganizationService();

        Assert.AreEqual("Ada", again.Retrieve(Tables.Profile, id, new ColumnSet("test_name"))["test_name"]);
        Faults.Expect(SocialCrm.Dataverse.Local.Faults.ErrorCodes.DuplicateRecord, () => again.Create(new Entity(Tables.Profile) { ["test_network"] = new OptionSetValue(1), ["test_handle"] = "ada" }));
        again.Update(new Entity(Tables.Profile, id) { ["test_name"] = "Ada L." });
        Assert.IsTrue(long.Parse(again.Retrieve(Tables.Profile, id, new ColumnSet(false)).RowVersion) > long.Parse(version), "row versions keep growing across restarts");
    }

    [TestMethod]
    public void A_restart_with_a_new_column_extends_the_stored_table()
    {
        var path = Path.Combine(folder, "dataverse.db");
        Guid id;
        using (var first = Tables.Environment().InFile(path).Build())
        {
            id = first.GetOrganizationService().Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });
        }

        var extended = new TableBuilder(Tables.Profile).WithPrimaryName("test_name", 100).WithString("test_bio", 500).Build();
        using var second = LocalDataverse.FromMetadata(Tables.ProfileTable(), Tables.PostTable()).WithTables(extended).InFile(path).Build();
        var service = second.GetOrganizationService();
        service.Update(new Entity(Tables.Profile, id) { ["test_bio"] = "mathematician" });

        var row = service.Retrieve(Tables.Profile, id, new ColumnSet("test_name", "test_bio"));
        Assert.AreEqual("Ada", row["test_name"]);
        Assert.AreEqual("mathematician", row["test_bio"]);
    }

    [TestMethod]
    public void Jobs_a_stopped_environment_never_ran_are_failed_on_restart_not_lost()
    {
        var path = Path.Combine(folder, "dataverse.db");
        using (var first = Tables.Environment().InFile(path).WithAsyncJobs(AsyncJobMode.OnDemand)
                   .WithStep<CountingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, StepMode.Asynchronous).Build())
        {
            first.GetOrganizationService().Create(new Entity(Tables.Profile));
        }

        using var second = Tables.Environment().InFile(path).Build();
        var job = second.GetOrganizationService().RetrieveMultiple(new QueryExpression("asyncoperation") { ColumnSet = new ColumnSet(true) }).Entities.Single();

        Assert.AreEqual(31, job.GetAttributeValue<OptionSetValue>("statuscode").Value);
        StringAssert.Contains((string)job["message"], "stopped before");
    }
}
