using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Faults;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// How a plug-in's exception reaches the caller. InvalidPluginExecutionException becomes a fault with its message and
/// IsvAborted (or the error code the plug-in gave), its exception details as error details; a fault from a request the
/// plug-in sent passes through unchanged; anything else is an unexpected plug-in error.
/// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/use-invalidpluginexecutionexception-plugin-workflow-activities
/// </summary>
internal static class PluginErrors
{
    // 0x80040224 IsvUnExpected: "An unexpected error occurred from ISV code."
    private const int IsvUnexpected = unchecked((int)0x80040224);

    public static Exception ToFault(Exception exception, string pluginType) => exception switch
    {
        FaultException<OrganizationServiceFault> fault => fault,
        InvalidPluginExecutionException invalid => DataverseFault.Create(
            invalid.ErrorCode != 0 ? invalid.ErrorCode : ErrorCodes.IsvAborted,
            invalid.Message,
            invalid.ExceptionDetails?.ToDictionary(d => d.Key, d => (object)d.Value) ?? new Dictionary<string, object>()),
        _ => DataverseFault.Create(IsvUnexpected, $"Unexpected exception from plug-in (Execute): {pluginType}: {exception.GetType().FullName}: {exception.Message}"),
    };
}
