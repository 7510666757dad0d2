using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.ConfigurationData;

namespace SocialCrm.Dataverse.Local;

public sealed partial class LocalDataverse
{
    /// <summary>
    /// Imports a Configuration Migration tool data package as Package Deployer does after the solutions: table by table
    /// in the schema's order, each record created with its own id, through the pipeline as the administrator (so the
    /// plug-ins check it) unless the schema disables plug-ins for the table. A record whose id is already there is left
    /// as it is: a store reopened from its file keeps an admin's edits of the shipped rows. Returns how many were created.
    /// </summary>
    public int ImportConfigurationData(ConfigurationDataPackage package)
    {
        var service = GetOrganizationService();
        var created = 0;
        foreach (var table in package.Tables.Where(t => t.Records.Count > 0))
        {
            var existing = new QueryExpression(table.Name) { ColumnSet = new ColumnSet(false) };
            existing.Criteria.AddCondition(table.PrimaryIdField, ConditionOperator.In, table.Records.Select(r => (object)r.Id).ToArray());
            var present = service.RetrieveMultiple(existing).Entities.Select(e => e.Id).ToHashSet();
            var missing = table.Records.Where(r => !present.Contains(r.Id)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            if (table.DisablePlugins)
            {
                Seed(missing);
            }
            else
            {
                missing.ForEach(record => service.Create(record));
            }

            created += missing.Count;
        }

        return created;
    }
}
