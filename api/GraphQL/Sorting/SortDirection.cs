using System.ComponentModel;

namespace VcsDirectory.Api.GraphQL.Sorting;

[Description("The direction to sort a field in.")]
public enum SortDirection
{
    [Description("Smallest, earliest or A first.")]
    Asc,
    [Description("Largest, latest or Z first.")]
    Desc,
}
