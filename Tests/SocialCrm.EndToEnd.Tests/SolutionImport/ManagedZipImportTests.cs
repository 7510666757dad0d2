using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local;
using SocialCrm.Mentions;
using SocialCrm.Plugins.Schema;
using SocialCrm.Tests.Shared;

namespace SocialCrm.EndToEnd.Tests.SolutionImport;

[TestClass]
public sealed class ManagedZipImportTests
{
    [TestMethod]
    public void The_managed_zip_imports_with_the_social_tables_and_their_alternate_keys()
    {
        using var dataverse = LocalDataverse.FromSolution(SolutionZips.Managed).Build();
        var service = dataverse.GetOrganizationService(dataverse.CreateUser("Admin"));

        var profile = new Entity(SocialProfileTable.LogicalName)
        {
            [SocialProfileTable.Platform] = new OptionSetValue((int)SocialPlatform.X),
            [SocialProfileTable.ExternalUserId] = "1001",
            [SocialProfileTable.Handle] = "contoso_fan",
        };
        service.Create(profile);

        var key = new KeyAttributeCollection
        {
            { SocialProfileTable.Platform, new OptionSetValue((int)SocialPlatform.X) },
            { SocialProfileTable.ExternalUserId, "1001" },
        };
        var response = (RetrieveResponse)service.Execute(new RetrieveRequest
        {
            Target = new EntityReference(SocialProfileTable.LogicalName, key),
            ColumnSet = new ColumnSet(SocialProfileTable.Handle),
        });

        Assert.AreEqual("contoso_fan", response.Entity.GetAttributeValue<string>(SocialProfileTable.Handle));
        var duplicate = Assert.ThrowsExactly<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => service.Create(profile));
        StringAssert.Contains(duplicate.Detail.Message, "already exists");
        StringAssert.Contains(duplicate.Detail.Message, SocialProfileTable.AlternateKey);
    }
}
