using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outcomes.Framework;

namespace VcsDirectory.Api.Outcomes.Graph;

public sealed class OutcomeDomainType : DirectoryObjectGraphType<OutcomeDomain>
{
    public OutcomeDomainType()
    {
        Name = "OutcomeDomain";
        Description = "An outcome centres work towards, with the indicators that measure it.";
        Field(d => d.Code).Description("Its code.");
        Field(d => d.Name).Description("The outcome, as its source words it.");
        Field(d => d.Source).Description("Where it comes from: the DfE's core purpose, or the seed report's proposals.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeIndicatorType>>>>("indicators").Description("Its indicators.").Resolve(ctx => ctx.Source.Indicators);
    }
}
