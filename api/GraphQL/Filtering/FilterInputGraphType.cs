using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Filtering;

/// <summary>The <c>where</c> input type of a spec: its fields, plus <c>and</c>/<c>or</c> over itself.</summary>
public sealed class FilterInputGraphType<TSpec> : InputObjectGraphType
    where TSpec : IFilterSpec, new()
{
    public FilterInputGraphType()
    {
        var spec = FilterSpecs<TSpec>.Instance;
        Name = spec.Name;
        Description = spec.Description;
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<TSpec>>>>("and").Description("Every one of these filters holds.");
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<TSpec>>>>("or").Description("At least one of these filters holds.");
        foreach (var field in spec.Fields)
        {
            Field(field.Name, field.InputGraphType).Description(field.Description ?? $"A condition on {field.Name}; omitted: any value.");
        }
    }
}
