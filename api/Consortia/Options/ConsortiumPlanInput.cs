using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Records;

namespace VcsDirectory.Api.Consortia.Options;

public sealed class ConsortiumPlanInput
{
    public ConsortiumKind Kind { get; set; }

    public ConsortiumPurpose? Purpose { get; set; }

    public int? MaxConsortiaPerOrganisation { get; set; }

    public double? RadiusKm { get; set; }
}
