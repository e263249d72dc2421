using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Sorting;

public sealed class SortInputGraphType<TSpec> : InputObjectGraphType
    where TSpec : ISortSpec, new()
{
    public SortInputGraphType()
    {
        var spec = SortSpecs<TSpec>.Instance;
        Name = spec.Name;
        Description = "Sort by one or more fields; in a list of these, earlier entries sort first. Ties end sorted by id, so pages are stable.";
        foreach (var field in spec.Fields)
        {
            Field<SortEnumType>(field.Name).Description(field.Description ?? $"Sort by {field.Name} in this direction.");
        }
    }
}
