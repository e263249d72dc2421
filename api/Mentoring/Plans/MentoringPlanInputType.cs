using GraphQL.Types;

namespace VcsDirectory.Api.Mentoring.Plans;

public sealed class MentoringPlanInputType : InputObjectGraphType
{
    public MentoringPlanInputType()
    {
        Name = "MentoringPlanInput";
        Description = "Which mentees a plan is for; the same input always gives the same plan.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("wards").Description("Only mentees working in one of these wards (codes).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("needs").Description("Only mentees with a need in one of these capacity areas (codes).");
    }
}
