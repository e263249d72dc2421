using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.Mentoring.Suggestions;

public sealed class NeedMatchType : DirectoryObjectGraphType<NeedMatch>
{
    public NeedMatchType()
    {
        Name = "NeedMatch";
        Description = "A mentee's need against the mentor's strength in the same area.";
        Field<NonNullGraphType<CapacityAreaType>>("area").Description("The capacity area of the mentee's need.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<TaxonomyLoaders>().CapacityAreaById.Load(ctx.Source.CapacityAreaId));
        Field(n => n.Priority).Description("The mentee's priority, 1 (would help) to 3 (urgent).");
        Field(n => n.MentorStrength).Description("The mentor's strength, 0 (none) to 3 (can teach it).");
    }
}
