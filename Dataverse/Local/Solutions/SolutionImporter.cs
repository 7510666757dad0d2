using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Metadata;
using SocialCrm.Dataverse.Local.Registration;

namespace SocialCrm.Dataverse.Local.Solutions;

/// <summary>
/// Brings a solution into an environment: its tables and relationships into the metadata (before the store is built),
/// then its plug-in assemblies, steps, Custom APIs and environment variables (once it is).
/// </summary>
internal static class SolutionImporter
{
    public static void AddMetadata(SolutionDefinition solution, MetadataCatalog catalog)
    {
        foreach (var table in solution.Tables)
        {
            catalog.Add(table);
        }

        foreach (var relationship in solution.Relationships)
        {
            catalog.Add(relationship);
        }
    }

    public static void AddComponents(SolutionDefinition solution, ISolutionSource source, LocalDataverse environment)
    {
        foreach (var assembly in solution.PluginAssemblies.Where(a => a.FilePath is not null))
        {
            var path = source.Files.FirstOrDefault(f => string.Equals(f, assembly.FilePath, StringComparison.OrdinalIgnoreCase));
            if (path is not null)
            {
                environment.PluginTypes.AddAssembly(source.ReadBytes(path), $"{source.Origin}/{path}");
            }
        }

        // Every step is checked before any is registered: a refused solution adds none of its steps.
        solution.Steps.ForEach(step => StepFilters.Check(step, environment.Metadata));
        solution.Steps.ForEach(step => CheckEndpoint(step, solution, environment));
        solution.ServiceEndpoints.ForEach(environment.RegisterServiceEndpoint);
        solution.Steps.ForEach(environment.RegisterStep);
        solution.CustomApis.ForEach(environment.RegisterCustomApi);
        foreach (var variable in solution.EnvironmentVariables)
        {
            SetEnvironmentVariable(environment, variable);
        }
    }

    // A step's service endpoint comes with its solution or was imported before, as Dataverse resolves EventHandler.
    private static void CheckEndpoint(StepRegistration step, SolutionDefinition solution, LocalDataverse environment)
    {
        if (step.ServiceEndpointId is { } id && !solution.ServiceEndpoints.Any(e => e.Id == id) && !environment.ServiceEndpoints.Contains(id))
        {
            throw new FormatException($"{SolutionPackage.CustomizationsFile}, <SdkMessageProcessingStep Name=\"{step.Name}\">, <EventHandler>: serviceendpoint With Id = {id} Does Not Exist.");
        }
    }

    /// <summary>Creates or updates an environment variable's definition, and its value when one is given.</summary>
    public static void SetEnvironmentVariable(LocalDataverse environment, EnvironmentVariableDefinition variable)
    {
        var service = environment.GetOrganizationService(environment.SystemUserId);
        var definition = new Entity("environmentvariabledefinition")
        {
            ["schemaname"] = variable.SchemaName,
            ["displayname"] = variable.DisplayName ?? variable.SchemaName,
            ["type"] = new OptionSetValue(variable.Type),
            ["defaultvalue"] = variable.DefaultValue,
        };
        var existing = Find(service, "environmentvariabledefinition", "schemaname", variable.SchemaName);
        if (existing is null)
        {
            definition.Id = service.Create(definition);
        }
        else
        {
            definition.Id = existing.Id;
            service.Update(definition);
        }

        if (variable.Value is null)
        {
            return;
        }

        var value = new Entity("environmentvariablevalue")
        {
            ["schemaname"] = variable.SchemaName,
            ["value"] = variable.Value,
            ["environmentvariabledefinitionid"] = new EntityReference("environmentvariabledefinition", definition.Id),
        };
        var existingValue = Find(service, "environmentvariablevalue", "environmentvariabledefinitionid", definition.Id);
        if (existingValue is null)
        {
            service.Create(value);
        }
        else
        {
            value.Id = existingValue.Id;
            service.Update(value);
        }
    }

    private static Entity? Find(IOrganizationService service, string table, string column, object value)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(false), TopCount = 1 };
        query.Criteria.AddCondition(column, ConditionOperator.Equal, value);
        return service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }
}
