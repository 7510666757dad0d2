using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SocialCrm.Dataverse.Local.Faults;
using SocialCrm.Dataverse.Local.Pipeline;

namespace SocialCrm.Dataverse.Local.Messages;

/// <summary>RetrieveMultiple: a QueryExpression or QueryByAttribute, run as SQL in the store.</summary>
internal sealed class RetrieveMultipleExecutor : IMessageExecutor
{
    public string MessageName => "RetrieveMultiple";

    public bool ReadsOnly => true;

    public void Prepare(RequestContext context)
    {
        var query = RequestParameters.Required<QueryBase>(context, "Query");
        context.Table = context.References().Table(query switch
        {
            QueryExpression expression => expression.EntityName,
            QueryByAttribute byAttribute => byAttribute.EntityName,
            _ => throw DataverseFault.Create(ErrorCodes.NotImplemented, $"LocalDataverse runs QueryExpression and QueryByAttribute, not {query.GetType().Name}."),
        });
    }

    public OrganizationResponse Execute(RequestContext context)
    {
        var query = RequestParameters.Required<QueryBase>(context, "Query");
        var expression = query as QueryExpression ?? FromAttributes((QueryByAttribute)query);
        var result = context.Store.Query(expression, context.QueryAsCaller());
        return new RetrieveMultipleResponse { Results = { ["EntityCollection"] = result } };
    }

    // QueryByAttribute is a QueryExpression whose criteria are Equal conditions, one per attribute.
    private static QueryExpression FromAttributes(QueryByAttribute query)
    {
        if (query.Attributes.Count == 0 || query.Attributes.Count != query.Values.Count)
        {
            throw DataverseFault.Create(ErrorCodes.QueryBuilderByAttributeMismatch, "QueryByAttribute must specify a non-empty value array with the same number of elements as in the attributes array.");
        }

        var expression = new QueryExpression(query.EntityName) { ColumnSet = query.ColumnSet, PageInfo = query.PageInfo, TopCount = query.TopCount };
        foreach (var (attribute, value) in query.Attributes.Zip(query.Values))
        {
            expression.Criteria.AddCondition(attribute, value is null ? ConditionOperator.Null : ConditionOperator.Equal, value is null ? System.Array.Empty<object>() : new[] { value });
        }

        foreach (var order in query.Orders)
        {
            expression.Orders.Add(order);
        }

        return expression;
    }
}
