namespace VcsDirectory.Api.Geography;

/// <summary>A position given in an input (<c>LocationInput</c>).</summary>
public sealed class LocationInput
{
    public double Latitude { get; set; }

    public double Longitude { get; set; }
}
