using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Plugins.Tests.Hosting;

/// <summary>A plug-in execution context with settable values, for tests of the hosting layer without a pipeline.</summary>
internal sealed class TestExecutionContext : IPluginExecutionContext
{
    public int Mode { get; set; }

    public int IsolationMode { get; set; } = 2;

    public int Depth { get; set; } = 1;

    public string MessageName { get; set; } = "Create";

    public string PrimaryEntityName { get; set; } = "account";

    public Guid? RequestId { get; set; }

    public string SecondaryEntityName { get; set; } = "none";

    public ParameterCollection InputParameters { get; } = new();

    public ParameterCollection OutputParameters { get; } = new();

    public ParameterCollection SharedVariables { get; } = new();

    public Guid UserId { get; set; } = Guid.NewGuid();

    public Guid InitiatingUserId { get; set; } = Guid.NewGuid();

    public Guid BusinessUnitId { get; set; }

    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = "test";

    public Guid PrimaryEntityId { get; set; }

    public EntityImageCollection PreEntityImages { get; } = new();

    public EntityImageCollection PostEntityImages { get; } = new();

    public EntityReference OwningExtension { get; set; } = new();

    public Guid CorrelationId { get; set; } = Guid.NewGuid();

    public bool IsExecutingOffline { get; set; }

    public bool IsOfflinePlayback { get; set; }

    public bool IsInTransaction { get; set; } = true;

    public Guid OperationId { get; set; }

    public DateTime OperationCreatedOn { get; set; } = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    public int Stage { get; set; } = 20;

    public IPluginExecutionContext ParentContext { get; set; } = null!;
}

/// <summary>Hands a plug-in its context and a tracing service that records every line.</summary>
internal sealed class TestServiceProvider : IServiceProvider, ITracingService
{
    public TestServiceProvider(TestExecutionContext context)
    {
        Context = context;
    }

    public TestExecutionContext Context { get; }

    public List<string> TraceLines { get; } = new();

    public object? GetService(Type serviceType) =>
        serviceType == typeof(IPluginExecutionContext) ? Context
        : serviceType == typeof(ITracingService) ? this
        : null;

    public void Trace(string format, params object[] args) => TraceLines.Add(string.Format(format, args));
}
