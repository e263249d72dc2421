namespace VcsDirectory.Api.Outreach.Clustering;

/// <summary>How <see cref="NeedClusterer"/> decides what a cluster is.</summary>
public sealed record ClusteringOptions
{
    public static ClusteringOptions Default { get; } = new();

    /// <summary>
    /// The neighbourhood radius, in metres on the ground (great-circle). 400 m is a short walk with a pushchair
    /// and reaches the neighbouring cells of the 250 m need grid, diagonals included (354 m), so one busy cell alone
    /// does not make a cluster's shape. At 600 m the background need of the Poole demo data bridges neighbouring
    /// estates into one borough-wide blob; at 400 m each place where need concentrates stands on its own.
    /// </summary>
    public double EpsMetres { get; init; } = 400;

    /// <summary>
    /// The families a neighbourhood (the need itself included) must hold for its need to be a core point: about
    /// the number of families one outreach session can serve.
    /// </summary>
    public int MinFamilies { get; init; } = 12;

    /// <summary>
    /// A category is dominant in a cluster when it holds at least this share of the cluster's families; the
    /// largest category is always dominant, so every cluster has at least one.
    /// </summary>
    public double DominantCategoryMinShare { get; init; } = 0.10;

    internal void Validate()
    {
        if (!double.IsFinite(EpsMetres) || EpsMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(EpsMetres), EpsMetres, "The radius must be a positive number of metres.");
        }

        if (MinFamilies < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinFamilies), MinFamilies, "A core neighbourhood must hold at least one family.");
        }

        if (DominantCategoryMinShare is not (>= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(DominantCategoryMinShare), DominantCategoryMinShare, "A share lies between 0 and 1.");
        }
    }
}
