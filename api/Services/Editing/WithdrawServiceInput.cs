using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Services.Editing;

public sealed class WithdrawServiceInput : EditInput;
