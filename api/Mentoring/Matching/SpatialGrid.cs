using VcsDirectory.Api.Geography;

namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>
/// A coarse grid of cells about 2 km square (at Poole's latitude) for "who is within r km": a query reads only the
/// cells that overlap the circle's bounding box, and the caller keeps those truly within r.
/// </summary>
/// <remarks>Made for a borough: the box does not wrap across the antimeridian or over a pole.</remarks>
internal sealed class SpatialGrid
{
    private const double CellDegreesLatitude = 0.02;
    private const double CellDegreesLongitude = 0.03;

    // The box is widened by 1% so that rounding at its edge never drops a point that is just within reach.
    private const double BoxMargin = 1.01;

    private readonly Dictionary<(int Row, int Column), List<int>> _cells = [];

    public void Add(int item, GeoPoint point)
    {
        var cell = CellOf(point.Latitude, point.Longitude);
        if (!_cells.TryGetValue(cell, out var items))
        {
            _cells[cell] = items = [];
        }

        items.Add(item);
    }

    /// <summary>Every item in a cell that overlaps the bounding box of the circle; a superset of those within it.</summary>
    public IEnumerable<int> Near(GeoPoint centre, double radiusKm)
    {
        var dLat = radiusKm / NearbyArea.LatitudeScale * BoxMargin;
        var (minLat, maxLat) = (Math.Max(-90, centre.Latitude - dLat), Math.Min(90, centre.Latitude + dLat));
        var cosAtWidest = Math.Cos(GeoPoint.ToRadians(Math.Max(Math.Abs(minLat), Math.Abs(maxLat))));
        var dLon = cosAtWidest < 1e-6 ? 360 : radiusKm / (NearbyArea.LatitudeScale * cosAtWidest) * BoxMargin;
        var (low, high) = (CellOf(minLat, centre.Longitude - dLon), CellOf(maxLat, centre.Longitude + dLon));
        var boxCells = ((long)high.Row - low.Row + 1) * ((long)high.Column - low.Column + 1);
        if (boxCells > _cells.Count)
        {
            // A wide circle over a sparse grid: reading the occupied cells is cheaper than walking the box.
            return _cells.Where(c => c.Key.Row >= low.Row && c.Key.Row <= high.Row && c.Key.Column >= low.Column && c.Key.Column <= high.Column)
                .SelectMany(c => c.Value);
        }

        return BoxCells(low, high).SelectMany(cell => _cells.TryGetValue(cell, out var items) ? items : []);
    }

    private static IEnumerable<(int Row, int Column)> BoxCells((int Row, int Column) low, (int Row, int Column) high)
    {
        for (var row = low.Row; row <= high.Row; row++)
        {
            for (var column = low.Column; column <= high.Column; column++)
            {
                yield return (row, column);
            }
        }
    }

    private static (int Row, int Column) CellOf(double latitude, double longitude) =>
        ((int)Math.Floor(latitude / CellDegreesLatitude), (int)Math.Floor(longitude / CellDegreesLongitude));
}
