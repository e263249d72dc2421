using GraphQL;
using GraphQL.Types;
using VcsDirectory.Api.Consortia.Readiness;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Projection;
using VcsDirectory.Api.Mentoring.Pairings;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Api.Consortia.SupportPlans;

public sealed class SupportStepType : DirectoryObjectGraphType<SupportStep>
{
    public SupportStepType()
    {
        Name = "SupportStep";
        Description = "One step of a support plan: close the gap in one capacity area by its due date.";
        Field(s => s.Area).Description("The capacity area code.");
        Field(s => s.Source, type: typeof(NonNullGraphType<EnumerationGraphType<SupportStepSource>>)).Description("Where the help comes from.");
        Field<OrganisationType>("mentor").Description("The mentor the matcher proposed for the area; null when none was eligible.")
            .Reads(nameof(SupportStep.MentorId))
            .Resolve(ctx => ctx.Source.MentorId is { } id ? ctx.RequestServices!.GetRequiredService<OrganisationLoaders>().ById.Load(id) : null);
        Field<MentoringPairingType>("pairing").Description("The pairing the step is done through, once linked; null until then.")
            .Reads(nameof(SupportStep.PairingId))
            .Resolve(ctx => ctx.Source.PairingId is { } id ? ctx.RequestServices!.GetRequiredService<PairingLoaders>().ById.Load(id) : null);
        Field(s => s.Explanation).Description("Why this source, in one sentence (the matcher's reasons for a mentor).");
        Field(s => s.DueDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("When it is due.");
        Field(s => s.DoneAt, type: typeof(DateTimeGraphType)).Description("When it was done (UTC); null until then.");
    }
}
