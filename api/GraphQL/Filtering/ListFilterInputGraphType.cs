using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL.Filtering;

public sealed class ListFilterInputGraphType<TElementSpec> : InputObjectGraphType
    where TElementSpec : IFilterSpec, new()
{
    public ListFilterInputGraphType()
    {
        var element = FilterSpecs<TElementSpec>.Instance.Name;
        Name = element.Replace("FilterInput", "", StringComparison.Ordinal) + "ListFilterInput";
        Description = "Conditions on a list; all given conditions must hold.";
        Field<FilterInputGraphType<TElementSpec>>("some").Description("At least one element matches.");
        Field<FilterInputGraphType<TElementSpec>>("none").Description("No element matches.");
        Field<FilterInputGraphType<TElementSpec>>("all").Description("Every element matches (true for an empty list).");
        Field<BooleanGraphType>("any").Description("true: the list has elements; false: it is empty.");
    }
}
