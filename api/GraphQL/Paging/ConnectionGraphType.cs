using GraphQL;
using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Paging;

/// <summary>The connection type of a node type: <c>OrganisationConnection</c> for <c>Organisation</c>.</summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<IConnection>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = typeof(TNodeType).GraphQLName();
        Name = node + "Connection";
        Description = $"A page of {node} nodes, with the cursors to move from it and the size of the whole list.";
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many nodes the whole list has, with the filter applied, across all pages.")
            .Resolve(ctx => ctx.Source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where this page sits in the list.")
            .Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType>>>>>("edges")
            .Description("The nodes of this page, each with its cursor.")
            .Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The nodes of this page, when their cursors are not needed.")
            .Resolve(ctx => ctx.Source.Nodes);
    }
}
