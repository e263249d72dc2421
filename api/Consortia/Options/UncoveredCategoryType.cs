using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Consortia.Options;

public sealed class UncoveredCategoryType : DirectoryObjectGraphType<UncoveredCategory>
{
    public UncoveredCategoryType()
    {
        Name = "UncoveredCategory";
        Description = "A required category a proposed consortium does not cover, and what would unlock it.";
        Field(u => u.Category).Description("The service category code.");
        Field(u => u.Explanation).Description("Why no member covers it and what would change that, in one sentence (e.g. how many deliver it within a wider radius).");
    }
}
