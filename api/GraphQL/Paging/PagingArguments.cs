using GraphQL;

namespace VcsDirectory.Api.GraphQL.Paging;

/// <summary>The Relay paging arguments of one connection field, checked against the page-size cap.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public static PagingArguments From(IResolveFieldContext context)
    {
        var arguments = new PagingArguments(
            context.GetArgument<int?>("first"),
            context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"),
            context.GetArgument<string?>("before"));
        arguments.Validate();
        return arguments;
    }

    private void Validate()
    {
        foreach (var (name, value) in new[] { ("first", First), ("last", Last) })
        {
            if (value < 0)
            {
                throw new ExecutionError($"'{name}' must not be negative.") { Code = ErrorCodes.InvalidPagingArguments };
            }

            if (value > MaxPageSize)
            {
                throw new ExecutionError($"'{name}' is {value}, but a page holds at most {MaxPageSize} nodes: page with 'after'/'before' instead.")
                {
                    Code = ErrorCodes.PageSizeExceeded,
                };
            }
        }

        if (First is not null && Last is not null)
        {
            throw new ExecutionError("Pass 'first' or 'last', not both.") { Code = ErrorCodes.InvalidPagingArguments };
        }
    }
}
