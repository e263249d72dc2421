using GraphQL;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Consortia.Records;
using VcsDirectory.Api.Consortia.SupportPlans;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Engagement.Proposals.Editing;

/// <summary>What delivers a proposal: ids given as global ids, each of which must name a record of the directory.</summary>
internal static class ProposalLinks
{
    public static Task<List<int>> ConsortiaAsync(DirectoryDbContext db, ProblemList problems, IReadOnlyList<string> ids, CancellationToken ct) =>
        ResolveAsync(problems, "input.consortiumIds", "consortium", typeof(ConsortiumType).GraphQLName(), ids,
            keys => db.Consortia.Where(c => keys.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct));

    public static Task<List<int>> SupportPlansAsync(DirectoryDbContext db, ProblemList problems, IReadOnlyList<string> ids, CancellationToken ct) =>
        ResolveAsync(problems, "input.supportPlanIds", "support plan", typeof(SupportPlanType).GraphQLName(), ids,
            keys => db.SupportPlans.Where(p => keys.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct));

    // An id of another type, or of nothing, is the caller's mistake about the reference: a user error, not a failed request.
    private static async Task<List<int>> ResolveAsync(
        ProblemList problems, string path, string noun, string typeName, IReadOnlyList<string> ids, Func<List<int>, Task<List<int>>> existing)
    {
        var keys = ids.Select(id => GlobalId.TryDecode(id, out var type, out var key) && type == typeName ? key : 0).ToList();
        var found = (await existing(keys.Where(k => k > 0).Distinct().ToList())).ToHashSet();
        for (var i = 0; i < keys.Count; i++)
        {
            if (!found.Contains(keys[i]))
            {
                problems.Add($"{path}[{i}]", ProblemCodes.UnknownReference, $"No {noun} in the directory has this id.");
            }
        }

        if (keys.Distinct().Count() != keys.Count)
        {
            problems.Add(path, ProblemCodes.Duplicate, $"A {noun} is listed more than once.");
        }

        return keys;
    }
}
