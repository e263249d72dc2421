using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Consortia.Records;

public sealed class ConsortiumSort : SortSpec<Consortium>
{
    public ConsortiumSort()
        : base("ConsortiumSortInput", c => c.Id)
    {
        Field("name", c => c.Name);
        Field("formedAt", c => c.FormedAt);
        Field("status", c => c.Status);
    }
}
