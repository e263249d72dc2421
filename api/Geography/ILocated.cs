namespace VcsDirectory.Api.Geography;

/// <summary>An entity with an optional position, which the <c>near</c> argument can filter in SQL.</summary>
public interface ILocated
{
    double? Latitude { get; }

    double? Longitude { get; }
}
