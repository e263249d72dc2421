using GraphQL.Types;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Jobs;

public sealed class CancelJobInputType : TypedInputGraphType<CancelJobInput>
{
    public CancelJobInputType()
    {
        Name = "CancelJobInput";
        Description = "The job to stop. No version: asking twice is harmless, and the job moves on its own between reads.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The job's id.");
    }
}
