namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>How <see cref="NeedClusterer"/> decides what a cluster is.</summary>
public sealed record ClusteringOptions
{
    /// <summary>Radius and minimum chosen from the needs themselves (see <see cref="DensityProfile"/>).</summary>
    public static ClusteringOptions Default { get; } = new();

    /// <summary>The fixed radius and minimum that were the default before the defaults adapted to the data.</summary>
    public static ClusteringOptions Fixed { get; } = new() { EpsMetres = FixedEpsMetres, MinFamilies = FixedMinFamilies };

    /// <summary>
    /// The radius when only the minimum is given. 400 m is a short walk with a pushchair and reaches the
    /// neighbouring cells of the 250 m need grid, diagonals included (354 m), so one busy cell alone does not make
    /// a cluster's shape.
    /// </summary>
    public const double FixedEpsMetres = 400;

    /// <summary>The minimum when only the radius is given: about the families one outreach session can serve.</summary>
    public const int FixedMinFamilies = 12;

    /// <summary>
    /// The neighbourhood radius, in metres on the ground (great-circle). Null, with <see cref="MinFamilies"/>
    /// null too, chooses both from the data; null alone means <see cref="FixedEpsMetres"/>.
    /// </summary>
    public double? EpsMetres { get; init; }

    /// <summary>
    /// The families a neighbourhood (the need itself included) must hold for its need to be a core point. Null,
    /// with <see cref="EpsMetres"/> null too, chooses both from the data; null alone means <see cref="FixedMinFamilies"/>.
    /// </summary>
    public int? MinFamilies { get; init; }

    /// <summary>Neither the radius nor the minimum is given: both come from the needs' own density.</summary>
    public bool ChoosesFromData => EpsMetres is null && MinFamilies is null;

    /// <summary>
    /// A category is dominant in a cluster when it holds at least this share of the cluster's families; the
    /// largest category is always dominant, so every cluster has at least one.
    /// </summary>
    public double DominantCategoryMinShare { get; init; } = 0.10;

    internal void Validate()
    {
        if (EpsMetres is { } eps && (!double.IsFinite(eps) || eps <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(EpsMetres), EpsMetres, "The radius must be a positive number of metres.");
        }

        if (MinFamilies is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinFamilies), MinFamilies, "A core neighbourhood must hold at least one family.");
        }

        if (DominantCategoryMinShare is not (>= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(DominantCategoryMinShare), DominantCategoryMinShare, "A share lies between 0 and 1.");
        }
    }
}
