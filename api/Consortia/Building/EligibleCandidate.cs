namespace VcsDirectory.Api.Consortia.Building;

/// <summary>An organisation that may join a centre's consortium, with what the model needs of it.</summary>
/// <param name="CategoryIndexes">Positions in <see cref="CentreCandidates.Categories"/> of the required categories it delivers.</param>
/// <param name="WardPairs">How many of the centre's reach wards it serves.</param>
/// <param name="OnlyAsLead">Willing to lead but not to join: it takes part only as the lead.</param>
internal sealed record EligibleCandidate(ConsortiumCandidate Organisation, int[] CategoryIndexes, int WardPairs, bool CanLead, bool OnlyAsLead, double? DistanceKm)
{
    public int Id => Organisation.Id;
}
