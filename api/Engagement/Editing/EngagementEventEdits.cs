using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Engagement.Editing;

public static class EngagementEventEdits
{
    public static RecordEdit<EngagementEvent, RecordEngagementEventInput> Record { get; } = new()
    {
        Action = "recordEngagementEvent",
        Apply = async (scope, e, input) =>
        {
            (e.HeldIn, e.Kind, e.Attendees, e.Note, e.Source) = (input.HeldIn, input.Kind, input.Attendees, input.Note, input.Source);
            (e.Participants, e.IsSynthetic) = ((input.Participants ?? []).Distinct().ToList(), input.IsSynthetic ?? false);
            var centreIds = Decode<ChildrensCentreType>(input.CentreIds, "input.centreIds");
            var themeIds = Decode<ProgrammeThemeType>(input.ThemeIds, "input.themeIds");
            e.Centres = await scope.Db.ChildrensCentres.AsTracking().Where(c => centreIds.Contains(c.Id)).ToListAsync(scope.CancellationToken);
            e.Themes = await scope.Db.ProgrammeThemes.AsTracking().Where(t => themeIds.Contains(t.Id)).ToListAsync(scope.CancellationToken);
            Missing(scope.Problems, "input.centreIds", centreIds, e.Centres.Select(c => c.Id), "children's centre");
            Missing(scope.Problems, "input.themeIds", themeIds, e.Themes.Select(t => t.Id), "programme theme");
        },
    };

    private static List<int> Decode<TType>(IReadOnlyList<string>? ids, string path)
        where TType : global::GraphQL.Types.IGraphType =>
        (ids ?? []).Select((id, i) => GlobalId.DecodeFor<TType>(id, $"{path}[{i}]")).ToList();

    private static void Missing(ProblemList problems, string path, List<int> wanted, IEnumerable<int> found, string what)
    {
        var known = found.ToHashSet();
        for (var i = 0; i < wanted.Count; i++)
        {
            if (!known.Contains(wanted[i]))
            {
                problems.Add($"{path}[{i}]", ProblemCodes.UnknownReference, $"No {what} has this id.");
            }
        }
    }
}
