using VcsDirectory.Api.Geography;
using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Centres.Editing;

/// <summary>A new centre or changes to one: an omitted field is left as it is; null clears an optional one.</summary>
public sealed class ChildrensCentreChanges : EditInput
{
    public Optional<string?> Name { get; set; }

    public Optional<string?> Status2013 { get; set; }

    public Optional<string?> Source { get; set; }

    public Optional<string?> Ward { get; set; }

    public Optional<bool?> WardIsInferred { get; set; }

    public Optional<LocationInput?> Location { get; set; }

    public Optional<LocationPrecision?> LocationPrecision { get; set; }

    public Optional<int?> VolunteerCount { get; set; }

    public Optional<int?> ParentRepresentativeCount { get; set; }

    public Optional<bool?> HasAdvisoryBoard { get; set; }

    public Optional<IReadOnlyList<string>?> ReachWards { get; set; }

    public Optional<IReadOnlyList<string>?> Services { get; set; }

    public Optional<bool?> IsSynthetic { get; set; }

    public Optional<bool?> OperationalFiguresAreSynthetic { get; set; }
}
