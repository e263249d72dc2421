using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>A business-rule refusal of a mutation's input (Shopify's userErrors): the path of the field, a code, a sentence.</summary>
public sealed record UserError(IReadOnlyList<string> Field, string Code, string Message)
{
    /// <summary>Turns validation paths (<c>input.capacities[0].strength</c>) into GraphQL field paths.</summary>
    public static UserError From(Problem problem) => new(
        problem.Path.Replace("]", "", StringComparison.Ordinal).Split(['.', '['], StringSplitOptions.RemoveEmptyEntries),
        problem.Code,
        problem.Message);

    public static UserError At(string path, string code, string message) => From(new Problem(path, code, message));
}
