using VcsDirectory.Api.GraphQL.Mutations;

namespace VcsDirectory.Api.Mentoring.Pairings;

/// <summary>A step of a pairing's lifecycle (respond, start, end): each input type declares the fields its step takes.</summary>
public sealed class PairingStepInput : EditInput
{
    public bool Accept { get; set; }

    public PairingOutcome? Outcome { get; set; }

    public string? Note { get; set; }
}
