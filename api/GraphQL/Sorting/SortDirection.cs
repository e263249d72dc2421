namespace VcsDirectory.Api.GraphQL.Sorting;

public enum SortDirection
{
    Asc,
    Desc,
}
