using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Validation;

namespace VcsDirectory.Api.Centres.Editing;

/// <summary>Each centre mutation: what it loads beside the centre's row, and how it applies its input.</summary>
public static class ChildrensCentreEdits
{
    public static RecordEdit<ChildrensCentre, ChildrensCentreChanges> Create { get; } = new()
    {
        Action = "createChildrensCentre",
        Apply = async (scope, centre, input) =>
        {
            centre.IsSynthetic = input.IsSynthetic.Or(false) ?? false;
            await ApplyAsync(scope, centre, input);
        },
    };

    public static RecordEdit<ChildrensCentre, ChildrensCentreChanges> Update { get; } = new()
    {
        Action = "updateChildrensCentre",
        Touches = (centres, input) => (input.ReachWards.IsSet, input.Services.IsSet) switch
        {
            (true, true) => centres.Include(c => c.ReachWards).Include(c => c.Services).AsSplitQuery(),
            (true, false) => centres.Include(c => c.ReachWards),
            (false, true) => centres.Include(c => c.Services),
            _ => centres,
        },
        Apply = ApplyAsync,
    };

    public static RecordEdit<ChildrensCentre, LinkCentreOperatorInput> LinkOperator { get; } = new()
    {
        Action = "linkCentreOperator",
        Apply = async (scope, centre, input) =>
        {
            var id = input.OperatorId is { } operatorId ? GlobalId.DecodeFor<OrganisationType>(operatorId, "input.operatorId") : (int?)null;
            if (id is { } key && !await scope.Db.Organisations.AnyAsync(o => o.Id == key && o.ArchivedAt == null, scope.CancellationToken))
            {
                scope.Problems.Add("input.operator", "UNKNOWN_REFERENCE", $"No organisation 'org-{key}' in the dataset.");
            }

            centre.OperatorId = id;
        },
    };

    private static async Task ApplyAsync(EditScope scope, ChildrensCentre c, ChildrensCentreChanges input)
    {
        (c.Name, c.Status2013, c.Source) = (input.Name.Or(c.Name) ?? "", input.Status2013.Or(c.Status2013) ?? "", input.Source.Or(c.Source) ?? "");
        if (input.Ward.IsSet)
        {
            c.WardId = (await scope.LookupOneAsync(scope.Db.Wards, w => w.Code, input.Ward.Value, "input.ward", "ward"))?.Id;
        }

        c.WardIsInferred = input.WardIsInferred.Or(c.WardIsInferred) ?? false;
        var precision = c.LocationPrecision;
        if (input.Location.IsSet)
        {
            (c.Latitude, c.Longitude) = (input.Location.Value?.Latitude, input.Location.Value?.Longitude);
            precision = c.Latitude is null ? LocationPrecision.Unknown : LocationPrecision.Exact;
        }

        c.LocationPrecision = input.LocationPrecision.Or(precision) ?? default;
        (c.VolunteerCount, c.ParentRepresentativeCount) = (input.VolunteerCount.Or(c.VolunteerCount), input.ParentRepresentativeCount.Or(c.ParentRepresentativeCount));
        c.HasAdvisoryBoard = input.HasAdvisoryBoard.Or(c.HasAdvisoryBoard);
        c.OperationalFiguresAreSynthetic = input.OperationalFiguresAreSynthetic.Or(c.OperationalFiguresAreSynthetic) ?? false;
        if (input.ReachWards.IsSet)
        {
            var codes = input.ReachWards.Value ?? [];
            var wards = await scope.LookupAsync(scope.Db.Wards, w => w.Code, codes, "input.reachWards", "ward");
            Relations.Replace(c.ReachWards, codes.Where(wards.ContainsKey).Select(code => wards[code]).Distinct().ToList());
        }

        if (input.Services.IsSet)
        {
            var codes = input.Services.Value ?? [];
            var services = await scope.LookupAsync(scope.Db.ServiceCategories, s => s.Code, codes, "input.services", "service category");
            Relations.Replace(c.Services, codes.Where(services.ContainsKey).Select(code => services[code]).Distinct().ToList());
        }

        if (input.Name.IsSet)
        {
            // A name is the record's alone; asked only when the input names one.
            await scope.RefuseIfAnyAsync(scope.Db.ChildrensCentres.Where(other => other.Name == c.Name && other.Id != c.Id), "input.name", ProblemCodes.Duplicate, "Another children's centre has this name.");
        }
    }
}
