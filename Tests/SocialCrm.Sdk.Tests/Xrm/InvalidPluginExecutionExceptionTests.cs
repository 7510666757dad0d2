using System;
using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Sdk.Tests.Xrm;

[TestClass]
public sealed class InvalidPluginExecutionExceptionTests
{
    [TestMethod]
    public void A_message_alone_reports_a_failure_with_that_message_and_no_http_status()
    {
        var exception = new InvalidPluginExecutionException("The mention has no text.");

        Assert.AreEqual("The mention has no text.", exception.Message);
        Assert.AreEqual(OperationStatus.Failed, exception.Status);
        Assert.AreEqual(PluginHttpStatusCode.NotSet, exception.HttpStatus);
        Assert.IsEmpty(exception.ExceptionDetails);
    }

    [TestMethod]
    public void Status_error_code_message_and_http_status_are_kept()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Canceled, -2147220891, "Duplicate mention.", PluginHttpStatusCode.Conflict);

        Assert.AreEqual(OperationStatus.Canceled, exception.Status);
        Assert.AreEqual(-2147220891, exception.ErrorCode);
        Assert.AreEqual("Duplicate mention.", exception.Message);
        Assert.AreEqual(PluginHttpStatusCode.Conflict, exception.HttpStatus);
    }

    [TestMethod]
    public void Exception_details_are_a_copy_taken_when_thrown()
    {
        var details = new Dictionary<string, string> { ["field"] = "scrm_platform" };

        var exception = new InvalidPluginExecutionException("Unknown platform.", PluginHttpStatusCode.BadRequest, details);
        details["field"] = "changed";

        Assert.AreEqual("scrm_platform", exception.ExceptionDetails["field"]);
        Assert.AreEqual(PluginHttpStatusCode.BadRequest, exception.HttpStatus);
    }

    [TestMethod]
    public void The_inner_exception_is_kept_as_the_cause()
    {
        var cause = new TimeoutException("SQL timeout");

        var exception = new InvalidPluginExecutionException("Could not link the profile.", cause);

        Assert.AreSame(cause, exception.InnerException);
        Assert.AreEqual(OperationStatus.Failed, exception.Status);
    }
}
