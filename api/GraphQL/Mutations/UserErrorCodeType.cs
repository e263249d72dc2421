using GraphQL.Types;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>The codes of <see cref="ProblemCodes"/>, as an enum clients can switch on.</summary>
public sealed class UserErrorCodeType : EnumerationGraphType
{
    public UserErrorCodeType()
    {
        Name = "UserErrorCode";
        Description = "What kind of problem a user error is.";
        foreach (var (code, description) in ProblemCodes.Described)
        {
            Add(code, code, description);
        }
    }
}
