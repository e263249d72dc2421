using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Consortia.Editing;

/// <summary>What a consortium step checks of the organisations and categories its input names.</summary>
internal static class ConsortiumLookups
{
    /// <summary>The category codes, each known (a problem at <c>input.categories[i]</c> otherwise), at least one when <paramref name="required"/>.</summary>
    public static async Task<List<string>> CategoriesAsync(EditScope scope, IReadOnlyList<string>? codes, bool required)
    {
        var given = codes ?? [];
        if (required && given.Count == 0)
        {
            scope.Problems.Add("input.categories", ProblemCodes.Required, "Name at least one service category it will deliver.");
        }

        var found = await scope.LookupAsync(scope.Db.ServiceCategories, c => c.Code, given, "input.categories", "service category");
        return [.. given.Where(found.ContainsKey).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The organisation, when it exists, is not archived, and is willing to lead (<paramref name="toLead"/>) or to join;
    /// otherwise null and a problem at <paramref name="path"/>.
    /// </summary>
    public static async Task<Organisation?> WillingAsync(EditScope scope, int organisationId, string path, bool toLead)
    {
        var organisation = await scope.Db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, scope.CancellationToken);
        var (code, message) = organisation switch
        {
            null => (ProblemCodes.UnknownReference, "No organisation has this id."),
            { ArchivedAt: not null } => (ProblemCodes.Archived, "The organisation is archived."),
            { Willingness.ToLeadConsortium: false } when toLead => (ProblemCodes.Ineligible, "The organisation has not said it is willing to lead a consortium."),
            { Willingness.ToJoinConsortium: false, Willingness.ToLeadConsortium: false } => (ProblemCodes.Ineligible, "The organisation has not said it is willing to join a consortium."),
            _ => (null, null),
        };
        if (code is null)
        {
            return organisation;
        }

        scope.Problems.Add(path, code, message!);
        return null;
    }
}
