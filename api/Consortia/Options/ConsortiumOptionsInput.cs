using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Records;

namespace VcsDirectory.Api.Consortia.Options;

public sealed class ConsortiumOptionsInput
{
    public string CentreId { get; set; } = "";

    public ConsortiumKind Kind { get; set; }

    public ConsortiumPurpose? Purpose { get; set; }

    public double? RadiusKm { get; set; }

    public int? First { get; set; }
}
