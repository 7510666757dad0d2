using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The exception a plug-in throws to cancel the operation and show its message to the user. https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.invalidpluginexecutionexception</summary>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception
{
    private static readonly IReadOnlyDictionary<string, string> NoDetails = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    public InvalidPluginExecutionException()
        : this(OperationStatus.Failed)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status)
    {
        Status = status;
        ExceptionDetails = NoDetails;
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : this(status, errorCode, message, PluginHttpStatusCode.NotSet)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : this(status, message, httpStatus, null, null)
    {
        ErrorCode = errorCode;
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : this(status, message, PluginHttpStatusCode.NotSet, null, null)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, string message, Dictionary<string, string> exceptionDetails)
        : this(status, message, PluginHttpStatusCode.NotSet, exceptionDetails, null)
    {
    }

    public InvalidPluginExecutionException(string message)
        : this(OperationStatus.Failed, message, PluginHttpStatusCode.NotSet, null, null)
    {
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : this(OperationStatus.Failed, message, httpStatus, null, null)
    {
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus, Dictionary<string, string> exceptionDetails)
        : this(OperationStatus.Failed, message, httpStatus, exceptionDetails, null)
    {
    }

    public InvalidPluginExecutionException(string message, Dictionary<string, string> exceptionDetails)
        : this(OperationStatus.Failed, message, PluginHttpStatusCode.NotSet, exceptionDetails, null)
    {
    }

    public InvalidPluginExecutionException(string message, Exception inner)
        : this(OperationStatus.Failed, message, PluginHttpStatusCode.NotSet, null, inner)
    {
    }

    private InvalidPluginExecutionException(
        OperationStatus status, string message, PluginHttpStatusCode httpStatus, Dictionary<string, string> exceptionDetails, Exception inner)
        : base(message, inner)
    {
        Status = status;
        HttpStatus = httpStatus;
        // Copied, so the thrower changing its dictionary afterwards cannot change what the platform reports.
        ExceptionDetails = exceptionDetails == null
            ? NoDetails
            : new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(exceptionDetails));
    }

    public OperationStatus Status { get; }

    public int ErrorCode { get; private set; }

    public PluginHttpStatusCode HttpStatus { get; }

    public IReadOnlyDictionary<string, string> ExceptionDetails { get; }

    public override string ToString() => $"{base.ToString()}{Environment.NewLine}Status: {Status}, ErrorCode: {ErrorCode}, HttpStatus: {HttpStatus}";

#if NETFRAMEWORK
    // Binary serialization is obsolete on .NET (SYSLIB0051); the net462 build keeps it as Microsoft's type has it.
    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        Status = (OperationStatus)info.GetInt32(nameof(Status));
        ErrorCode = info.GetInt32(nameof(ErrorCode));
        HttpStatus = (PluginHttpStatusCode)info.GetInt32(nameof(HttpStatus));
        var details = (Dictionary<string, string>)info.GetValue(nameof(ExceptionDetails), typeof(Dictionary<string, string>));
        ExceptionDetails = new ReadOnlyDictionary<string, string>(details);
    }

    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        base.GetObjectData(info, context);
        info.AddValue(nameof(Status), (int)Status);
        info.AddValue(nameof(ErrorCode), ErrorCode);
        info.AddValue(nameof(HttpStatus), (int)HttpStatus);
        var details = new Dictionary<string, string>();
        foreach (var detail in ExceptionDetails)
        {
            details.Add(detail.Key, detail.Value);
        }
        info.AddValue(nameof(ExceptionDetails), details);
    }
#endif
}
