using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Mentoring.Matching;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Mentoring.Plans;

public sealed class UnmatchedMenteeType : DirectoryObjectGraphType<UnmatchedMentee>
{
    public UnmatchedMenteeType()
    {
        Name = "UnmatchedMentee";
        Description = "A mentee left without a mentor, and why.";
        Field<NonNullGraphType<OrganisationType>>("mentee").Description("The organisation left without a mentor.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(ctx.Source.MenteeId));
        Field(u => u.Reason, type: typeof(NonNullGraphType<EnumerationGraphType<UnmatchedReason>>)).Description("Why it was left without one.");
        Field(u => u.EligibleMentors).Description("How many mentors were eligible for it before places ran out.");
        Field<NonNullGraphType<StringGraphType>>("explanation")
            .Description("One sentence for the coordinator.")
            .Resolve(ctx => ctx.Source.Reason == UnmatchedReason.NoEligibleMentor
                ? "No willing, larger organisation with a free place is strong in any of its needs."
                : $"{ctx.Source.EligibleMentors} mentor(s) could help, but their places went to mentees with fewer options or better matches.");
    }
}
