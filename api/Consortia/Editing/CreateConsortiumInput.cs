using VcsDirectory.Api.Consortia.Building;
using VcsDirectory.Api.Consortia.Records;

namespace VcsDirectory.Api.Consortia.Editing;

public sealed class CreateConsortiumInput
{
    public string Name { get; set; } = "";

    public ConsortiumKind Kind { get; set; }

    public ConsortiumPurpose Purpose { get; set; }

    public string CentreId { get; set; } = "";

    public string LeadId { get; set; } = "";

    public IReadOnlyList<string>? Categories { get; set; }
}
