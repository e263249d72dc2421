using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Consortia.SupportPlans;

/// <summary>A change to one step of a plan: link it to a pairing, or mark a training or advice step done (or not).</summary>
public sealed class UpdateSupportStepInput : EditInput
{
    public string Area { get; set; } = "";

    public Optional<bool?> Done { get; set; }

    public Optional<string?> PairingId { get; set; }
}
