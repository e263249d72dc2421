namespace VcsDirectory.Api.Services.Search;

/// <summary>A service matching a search: its tier (0 when its name matches the whole search, 1 otherwise) and the engine's score (lower is better).</summary>
public sealed class ServiceSearchHit
{
    public int ServiceId { get; set; }

    public int Tier { get; set; }

    public double Rank { get; set; }
}
