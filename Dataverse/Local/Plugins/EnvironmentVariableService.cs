using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Plugins;

/// <summary>
/// Reads an environment variable the way Dataverse resolves it: the current value when one is set, else the default.
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition
/// </summary>
internal sealed class EnvironmentVariableService : IEnvironmentVariableService
{
    private readonly ExecutionScope scope;

    public EnvironmentVariableService(ExecutionScope scope)
    {
        this.scope = scope;
    }

    public string RetrieveEnvironmentVariableValue(string environmentVariableName)
    {
        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet("defaultvalue") };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, environmentVariableName);
        var link = query.AddLink("environmentvariablevalue", "environmentvariabledefinitionid", "environmentvariabledefinitionid", JoinOperator.LeftOuter);
        link.EntityAlias = "v";
        link.Columns = new ColumnSet("value");
        var definition = scope.Store.Query(query, scope.QueryAs(scope.Organization.SystemUserId)).Entities.FirstOrDefault()
            ?? throw DataverseFault.Create(ErrorCodes.ObjectDoesNotExist, $"Environment variable '{environmentVariableName}' does not exist.");
        return definition.GetAttributeValue<AliasedValue>("v.value")?.Value as string ?? definition.GetAttributeValue<string>("defaultvalue");
    }
}
