using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.ConfigurationData;
using SocialCrm.Dataverse.Local.Extending;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Pipeline;
using SocialCrm.Dataverse.Local.Plugins;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Solutions;
using SocialCrm.Dataverse.Local.Storage;

namespace SocialCrm.Dataverse.Local;

/// <summary>
/// Sets up a LocalDataverse: what it knows (solutions, tables in code), what runs (steps, Custom APIs), where it stores
/// (memory or a file) and its clock; <see cref="Build"/> opens it.
/// </summary>
public sealed class LocalDataverseBuilder
{
    private readonly MetadataCatalog catalog = MetadataCatalog.WithStandardTables();
    private readonly List<string> solutions = new();
    private readonly List<StepRegistration> steps = new();
    private readonly List<CustomApiDefinition> customApis = new();
    private readonly List<EnvironmentVariableDefinition> variables = new();
    private readonly LocalDataverseOptions options = new();
    private readonly List<IMessageHandler> handlers = new();
    private readonly List<IPipelineStep> addedSteps = new();
    private readonly List<Entity> records = new();
    private readonly List<string> dataPackages = new();

    public LocalDataverseBuilder WithTables(params TableDefinition[] tables)
    {
        foreach (var table in tables)
        {
            catalog.Add(table);
        }

        return this;
    }

    public LocalDataverseBuilder WithRelationship(RelationshipDefinition relationship)
    {
        catalog.Add(relationship);
        return this;
    }

    /// <summary>
    /// Imports a solution zip or unpacked folder (customizations.xml at its root), and the configuration data package
    /// shipped beside a zip (&lt;stem&gt;_data.zip beside &lt;stem&gt;_managed.zip), as Package Deployer deploys a
    /// package's solution and then its data.
    /// </summary>
    public LocalDataverseBuilder WithSolution(string path)
    {
        solutions.Add(path);
        if (ConfigurationDataPackage.BesideSolution(path) is { } data)
        {
            dataPackages.Add(data);
        }

        return this;
    }

    /// <summary>Imports a Configuration Migration tool data package once the environment is built (see <see cref="LocalDataverse.ImportConfigurationData"/>).</summary>
    public LocalDataverseBuilder WithConfigurationData(string zipPath)
    {
        dataPackages.Add(zipPath);
        return this;
    }

    public LocalDataverseBuilder WithStep(StepRegistration step)
    {
        steps.Add(step);
        return this;
    }

    /// <summary>Registers <typeparamref name="TPlugin"/> on a message and table; <paramref name="configure"/> adds images, configuration...</summary>
    public LocalDataverseBuilder WithStep<TPlugin>(string message, string? table, PipelineStage stage, StepMode mode = StepMode.Synchronous, Func<StepRegistration, StepRegistration>? configure = null)
        where TPlugin : IPlugin
    {
        var step = Step.For<TPlugin>(message, table, stage, mode);
        steps.Add(configure is null ? step : configure(step));
        return this;
    }

    public LocalDataverseBuilder WithCustomApi(CustomApiDefinition api)
    {
        customApis.Add(api);
        return this;
    }

    /// <summary>Teaches the environment a message (or replaces a platform one): <paramref name="handler"/> is its main operation.</summary>
    public LocalDataverseBuilder WithMessageHandler(IMessageHandler handler)
    {
        handlers.Add(handler);
        return this;
    }

    /// <summary>Adds a step to every request's pipeline, after those added before it (see <see cref="IRequestStep"/> for where it runs).</summary>
    public LocalDataverseBuilder WithRequestStep(IRequestStep step)
    {
        addedSteps.Add(new AddedStep(step));
        return this;
    }

    /// <summary>Rows the environment starts with, written without running plug-in steps (see <see cref="LocalDataverse.Seed"/>).</summary>
    public LocalDataverseBuilder WithRecords(params Entity[] rows)
    {
        records.AddRange(rows);
        return this;
    }

    /// <summary>Sets an environment variable (its definition too, when no solution defines it).</summary>
    public LocalDataverseBuilder WithEnvironmentVariable(string schemaName, string value, int type = 100000000)
    {
        variables.Add(new EnvironmentVariableDefinition(schemaName, type, null, value));
        return this;
    }

    /// <summary>Keeps the data in a SQLite file, so it survives a restart; without it, data lives in memory.</summary>
    public LocalDataverseBuilder InFile(string path)
    {
        options.DatabasePath = path;
        return this;
    }

    /// <summary>How many of the latest requests and plug-in executions the call and trace logs keep.</summary>
    public LocalDataverseBuilder WithLogCapacities(int calls, int traces)
    {
        options.CallLogCapacity = calls;
        options.TraceLogCapacity = traces;
        return this;
    }

    public LocalDataverseBuilder WithClock(TimeProvider clock)
    {
        options.Clock = clock;
        return this;
    }

    public LocalDataverseBuilder WithAsyncJobs(AsyncJobMode mode)
    {
        options.AsyncJobs = mode;
        return this;
    }

    public LocalDataverse Build()
    {
        var sources = new List<(SolutionDefinition Solution, ISolutionSource Source)>();
        try
        {
            foreach (var path in solutions)
            {
                var source = SolutionPackage.Open(path);
                sources.Add((SolutionPackage.Read(source), source));
            }

            foreach (var (solution, _) in sources)
            {
                SolutionImporter.AddMetadata(solution, catalog);
            }

            var store = options.DatabasePath is null ? SqliteRecordStore.InMemory() : SqliteRecordStore.OpenFile(options.DatabasePath);
            var environment = new LocalDataverse(options, catalog, store);
            foreach (var (solution, source) in sources)
            {
                SolutionImporter.AddComponents(solution, source, environment);
            }

            steps.ForEach(environment.RegisterStep);
            customApis.ForEach(environment.RegisterCustomApi);
            variables.ForEach(v => SolutionImporter.SetEnvironmentVariable(environment, v));
            handlers.ForEach(environment.RegisterMessageHandler);
            environment.Seed(records);
            environment.Pipeline.Add(addedSteps);
            try
            {
                dataPackages.ForEach(path => environment.ImportConfigurationData(ConfigurationDataPackage.Read(path)));
            }
            catch
            {
                environment.Dispose();
                throw;
            }

            return environment;
        }
        finally
        {
            foreach (var (_, source) in sources)
            {
                source.Dispose();
            }
        }
    }
}
