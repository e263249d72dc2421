using GraphQL.Types;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.Outcomes.Framework;

namespace VcsDirectory.Api.Outcomes.Graph;

public sealed class OutcomeFrameworkType : DirectoryObjectGraphType<OutcomeFramework>
{
    public OutcomeFrameworkType()
    {
        Name = "OutcomeFramework";
        Description = "The outcome domains and indicators a centre's service specification can commit to.";
        Field(f => f.Name).Description("Its name.");
        Field(f => f.Description).Description("What it is built from.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeDomainType>>>>("domains").Description("Its outcome domains, the DfE's first.").Resolve(ctx => ctx.Source.Domains);
    }
}
