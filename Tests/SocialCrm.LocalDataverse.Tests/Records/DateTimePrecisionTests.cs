using System;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Tests.WebApi;

namespace SocialCrm.Dataverse.Local.Tests.Records;

/// <summary>Date-times are kept at whole seconds, as Dataverse keeps them: the clock's milliseconds never reach a reader.</summary>
[TestClass]
public sealed class DateTimePrecisionTests
{
    private static readonly DateTime Now = new DateTime(2026, 3, 10, 12, 30, 15, DateTimeKind.Utc).AddMilliseconds(678);

    [TestMethod]
    public void System_and_user_date_times_are_stored_at_whole_seconds()
    {
        using var dataverse = Tables.Environment().WithClock(new FixedClock(Now)).Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada", ["test_seenon"] = Now.AddMilliseconds(-500) });

        var row = service.Retrieve(Tables.Profile, id, new ColumnSet("createdon", "modifiedon", "test_seenon"));

        var whole = new DateTime(2026, 3, 10, 12, 30, 15, DateTimeKind.Utc);
        Assert.AreEqual(whole, row.GetAttributeValue<DateTime>("createdon"));
        Assert.AreEqual(whole, row.GetAttributeValue<DateTime>("modifiedon"));
        Assert.AreEqual(whole, row.GetAttributeValue<DateTime>("test_seenon"));
    }

    [TestMethod]
    public async Task Web_API_writes_createdon_without_a_fraction_of_a_second()
    {
        await using var host = await WebApiHost.StartAsync(Tables.Environment().WithClock(new FixedClock(Now)).Build());
        var id = host.Service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });

        var record = await host.GetJsonAsync($"test_profiles({id})?$select=createdon");

        Assert.AreEqual("2026-03-10T12:30:15Z", record.GetProperty("createdon").GetString());
    }
}
