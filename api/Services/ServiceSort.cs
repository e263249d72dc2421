using VcsDirectory.Api.GraphQL.Sorting;

namespace VcsDirectory.Api.Services;

public sealed class ServiceSort : SortSpec<Service>
{
    public ServiceSort()
        : base("ServiceSortInput", s => s.Id)
    {
        Field("name", s => s.Name);
        Field("minimumAgeMonths", s => s.MinimumAgeMonths);
        Field("maximumAgeMonths", s => s.MaximumAgeMonths);
        Field("lastReviewedOn", s => s.LastReviewedOn);
        Field("modifiedAt", s => s.ModifiedAt);
    }
}
