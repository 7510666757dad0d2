using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SocialCrm.Plugins.Stores;

/// <summary>Queries that read every page, so a large batch never silently loses rows past the first page.</summary>
public static class OrganizationServiceExtensions
{
    /// <summary>
    /// All rows of <paramref name="query"/>. RetrieveMultiple returns at most 5,000 rows a page; the stores' queries
    /// over one batch stay far below that, so this is one call in practice and a correct answer when it is not.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/page-large-result-sets-with-queryexpression
    /// </summary>
    public static List<Entity> RetrieveAll(this IOrganizationService service, QueryExpression query)
    {
        var rows = new List<Entity>();
        query.PageInfo = new PagingInfo { PageNumber = 1, Count = 5000 };
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                return rows;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
