namespace VcsDirectory.Seed;

/// <summary>
/// The outward postcode district usually covering each ward: an approximation for synthetic records
/// only (districts and wards do not nest exactly), never used for a real place.
/// </summary>
internal static class PostcodeAreas
{
    private static readonly Dictionary<string, string> ByWard = new()
    {
        ["Alderney"] = "BH12", ["Branksome East"] = "BH13", ["Branksome West"] = "BH12", ["Broadstone"] = "BH18",
        ["Canford Cliffs"] = "BH13", ["Canford Heath East"] = "BH17", ["Canford Heath West"] = "BH17", ["Creekmoor"] = "BH17",
        ["Hamworthy East"] = "BH15", ["Hamworthy West"] = "BH15", ["Merley and Bearwood"] = "BH21", ["Newtown"] = "BH12",
        ["Oakdale"] = "BH15", ["Parkstone"] = "BH14", ["Penn Hill"] = "BH14", ["Poole Town"] = "BH15",
    };

    public static string? For(string ward) => ByWard.GetValueOrDefault(ward);
}
