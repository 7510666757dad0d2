using System;
using System.Net.Http;
using System.ServiceModel;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Tests.WebApi;
using SocialCrm.Dataverse.Local.WebApi.Hosting;

namespace SocialCrm.Dataverse.Local.Tests.Security;

/// <summary>
/// A user whose security roles do not grant read on a table is refused its rows with PrivilegeDenied (0x80040220),
/// which the Web API answers 403; every other table, and every other user, reads as before.
/// </summary>
[TestClass]
public sealed class WithheldPrivilegeTests
{
    [TestMethod]
    public void Read_without_the_tables_read_privilege_fails_with_PrivilegeDenied_naming_the_privilege()
    {
        using var dataverse = Tables.Environment().Build();
        var agent = dataverse.CreateUser("Agent");
        dataverse.WithholdPrivilege(agent, "prvReadtest_post");
        var service = dataverse.GetOrganizationService(agent);

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => service.RetrieveMultiple(new QueryExpression("test_post")));

        Assert.AreEqual(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        StringAssert.Contains(fault.Detail.Message, "prvReadtest_post");
        Assert.AreEqual(0, service.RetrieveMultiple(new QueryExpression("test_profile")).Entities.Count, "other tables stay readable");
        Assert.AreEqual(0, dataverse.GetOrganizationService().RetrieveMultiple(new QueryExpression("test_post")).Entities.Count, "other users keep the privilege");
    }

    [TestMethod]
    public async Task Web_API_answers_403_with_the_PrivilegeDenied_code_for_a_caller_without_read()
    {
        var dataverse = Tables.Environment().Build();
        var agent = dataverse.CreateUser("Agent");
        dataverse.WithholdPrivilege(agent, "prvReadtest_post");
        await using var host = await WebApiHost.StartAsync(dataverse, new WebApiOptions { CallerId = agent });

        using var refused = await host.SendAsync(HttpMethod.Get, "test_posts?$select=test_externalid");
        var (code, message) = await Json.ErrorAsync(refused, 403);
        Assert.AreEqual("0x80040220", code);
        StringAssert.Contains(message, "prvReadtest_post");

        using var allowed = await host.SendAsync(HttpMethod.Get, "test_profiles");
        Assert.AreEqual(200, (int)allowed.StatusCode);
    }
}
