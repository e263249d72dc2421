namespace VcsDirectory.Api.Mentoring;

/// <summary>
/// What a computation over the whole directory costs a request (see <c>Computations</c>): ranking suggestions loads the
/// matching snapshot and scores one organisation against every candidate; a plan solves min-cost max-flow over every
/// eligible pair.
/// </summary>
public static class MentoringPrices
{
    public const double Suggestions = 200;

    /// <summary>
    /// An organisation's own suggestions, in a list of organisations: the snapshot is loaded once for the request, so
    /// each further organisation only scores against the candidates; charged per organisation listed.
    /// </summary>
    public const double SuggestionsPerOrganisation = 5;

    public const double Plan = 2_000;
}
