namespace VcsDirectory.Api.Outreach;

/// <summary>
/// The privacy grid for identified needs: every position is snapped to the centre of a cell of
/// about 250 m before it is stored, so no point finer than the grid exists anywhere in the system.
/// </summary>
public static class NeedGrid
{
    /// <summary>0.00225° of latitude ≈ 250 m; longitude cells are the same size in degrees (≈ 160 m wide at Poole).</summary>
    public const double CellDegrees = 0.00225;

    public const int CellMetres = 250;

    public static double Snap(double degrees) =>
        Math.Round((Math.Floor(degrees / CellDegrees) + 0.5) * CellDegrees, 6);
}
