using GraphQL.Builders;
using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Paging;

public static class PagingFieldExtensions
{
    /// <summary>Adds Relay's <c>first/after/last/before</c>, documented with the cap.</summary>
    public static FieldBuilder<TSource, TReturn> WithPaging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", $"The first n nodes after 'after' (0 to {PagingArguments.MaxPageSize}; default {PagingArguments.DefaultPageSize}).")
        .Argument<StringGraphType>("after", "A cursor: start after this node.")
        .Argument<IntGraphType>("last", $"The last n nodes before 'before' (0 to {PagingArguments.MaxPageSize}).")
        .Argument<StringGraphType>("before", "A cursor: end before this node.");
}
