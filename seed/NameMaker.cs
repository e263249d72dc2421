using Bogus;
using VcsDirectory.Api.Organisations;

namespace VcsDirectory.Seed;

/// <summary>
/// Plausible local names that are not real registered charities: a local place and a made-up group
/// name. Real national brands are never used; every name is unique within a dataset.
/// </summary>
internal sealed class NameMaker(Faker faker)
{
    private static readonly string[] Places =
    [
        "Harbourside", "Holes Bay", "Turlin Moor", "Sterte", "Heatherlands", "Bourne Valley", "Upton Heath", "Baiter",
        "Whitecliff", "Sandbanks Road", "Ashley Cross", "Lilliput", "Longfleet", "Fleetsbridge", "Waterloo", "Bearwood",
    ];

    private static readonly string[] SmallGroups =
    [
        "Little Steps", "Bumps and Babies", "Stay and Play", "Dads' Den", "Toddler Tales", "Chatterbox Club", "Family Kitchen",
        "Sunshine Tots", "Busy Bees", "Messy Play Group", "Mums' Circle", "Story Sacks", "Baby Café", "Parent Pals", "Tiny Talkers",
    ];

    private static readonly string[] LargeGroups =
    [
        "Family Trust", "Children's Alliance", "Community Foundation", "Families First Partnership", "Early Years Network",
        "Family Action Trust", "Parents' Association", "Children and Families Collective",
    ];

    private static readonly string[] Regions = ["Wessex", "Purbeck Shore", "Dorset Coast", "Harbour and Heath", "Stour Valley", "Poole Bay"];

    private readonly HashSet<string> _used = [];

    public string Next(SizeBand band, string ward)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = band >= SizeBand.Large
                ? $"{faker.PickRandom(Regions)} {faker.PickRandom(LargeGroups)}"
                : $"{faker.PickRandom(Places.Append(ward).ToArray())} {faker.PickRandom(band == SizeBand.Medium ? LargeGroups : SmallGroups)}";
            if (attempt > 20)
            {
                name = $"{name} {attempt}";
            }

            if (_used.Add(name))
            {
                return name;
            }
        }
    }

    public static string Slug(string name) =>
        new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Replace("--", "-", StringComparison.Ordinal).Trim('-');
}
