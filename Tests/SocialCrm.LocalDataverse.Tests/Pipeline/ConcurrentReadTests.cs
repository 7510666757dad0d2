using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline;

/// <summary>
/// Reads run beside each other and never see what a transaction has not committed: beside the writer in a file store
/// (SQLite WAL), after it in memory.
/// </summary>
[TestClass]
public sealed class ConcurrentReadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private string folder = null!;

    [TestInitialize]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("localdataverse").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [TestMethod]
    public void A_read_beside_a_file_store_write_runs_at_once_and_never_sees_rows_the_write_rolls_back()
    {
        using var dataverse = Tables.Environment().InFile(Path.Combine(folder, "dataverse.db")).Build();
        var service = dataverse.GetOrganizationService();
        using var created = new ManualResetEventSlim();
        using var read = new ManualResetEventSlim();
        var readWhileOpen = false;

        var writer = Task.Run(() => Assert.ThrowsExactly<InvalidOperationException>(() => dataverse.RunInTransaction(() =>
        {
            service.Create(Profile("Ada"));
            created.Set();
            readWhileOpen = read.Wait(Patience);
            throw new InvalidOperationException("roll back");
        })));
        Assert.IsTrue(created.Wait(Patience));
        var seenDuringWrite = Names(service);
        read.Set();
        writer.Wait(Patience);

        Assert.IsTrue(readWhileOpen, "the read finished while the write's transaction was still open");
        CollectionAssert.AreEqual(Array.Empty<string>(), seenDuringWrite);
        CollectionAssert.AreEqual(Array.Empty<string>(), Names(service));
    }

    [TestMethod]
    public void A_read_during_an_in_memory_write_waits_for_it_and_never_sees_rows_it_rolls_back()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        using var created = new ManualResetEventSlim();
        var writer = Task.Run(() => Assert.ThrowsExactly<InvalidOperationException>(() => dataverse.RunInTransaction(() =>
        {
            service.Create(Profile("Ada"));
            created.Set();
            Thread.Sleep(100);
            throw new InvalidOperationException("roll back");
        })));
        Assert.IsTrue(created.Wait(Patience));

        var seen = Names(service);
        writer.Wait(Patience);

        CollectionAssert.AreEqual(Array.Empty<string>(), seen);
    }

    [TestMethod]
    public void A_read_sees_what_a_write_committed_before_it()
    {
        using var dataverse = Tables.Environment().InFile(Path.Combine(folder, "dataverse.db")).Build();
        var service = dataverse.GetOrganizationService();

        service.Create(Profile("Ada"));
        dataverse.RunInTransaction(() => service.Create(Profile("Grace")));

        CollectionAssert.AreEquivalent(new[] { "Ada", "Grace" }, Names(service));
    }

    [TestMethod]
    public void A_plug_in_reading_inside_its_request_sees_the_rows_its_request_wrote_before_commit()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment().InFile(Path.Combine(folder, "dataverse.db"))
            .WithStep<RowCountingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, configure: s => s with { UnsecureConfiguration = key })
            .Build();

        dataverse.GetOrganizationService().Create(Profile("Ada"));

        Assert.AreEqual(1, Recorder.For(key).Single().SharedVariables["counted"]);
    }

    [TestMethod]
    public void Many_clients_reading_and_writing_at_once_all_get_their_answers()
    {
        using var dataverse = Tables.Environment().Build();
        var service = dataverse.GetOrganizationService();
        var writers = Enumerable.Range(0, 4).Select(i => Task.Run(() =>
        {
            for (var n = 0; n < 25; n++)
            {
                service.Create(Profile($"writer {i} row {n}"));
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var n = 0; n < 25; n++)
            {
                Names(service);
            }
        }));

        Assert.IsTrue(Task.WaitAll(writers.Concat(readers).ToArray(), Patience));
        Assert.AreEqual(100, Names(service).Length);
    }

    private static Entity Profile(string name) => new(Tables.Profile) { ["test_name"] = name };

    private static string[] Names(IOrganizationService service) =>
        service.RetrieveMultiple(new QueryExpression(Tables.Profile) { ColumnSet = new ColumnSet("test_name") }).Entities
            .Select(e => e.GetAttributeValue<string>("test_name")).ToArray();
}
