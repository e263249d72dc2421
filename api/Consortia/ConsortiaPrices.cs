namespace VcsDirectory.Api.Consortia;

/// <summary>
/// What a consortium computation costs a request (see <c>Computations</c>): the builder loads the directory's snapshot
/// and solves a few small CP-SAT models for one centre; the borough plan solves one model over every centre.
/// </summary>
public static class ConsortiaPrices
{
    public const double Options = 300;

    public const double Plan = 2_000;

    /// <summary>The forecast re-solves each centre's best consortium twice (today, by the horizon).</summary>
    public const double Forecast = 2_000;
}
