using System;
using System.ServiceModel;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Dataverse.Local.Tests;

/// <summary>Asserts that an action fails as Dataverse fails: a FaultException carrying an OrganizationServiceFault with the code.</summary>
internal static class Faults
{
    public static OrganizationServiceFault Expect(int errorCode, Action action)
    {
        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(action);
        Assert.AreEqual(errorCode, fault.Detail.ErrorCode, $"0x{fault.Detail.ErrorCode:X8}: {fault.Detail.Message}");
        return fault.Detail;
    }
}
