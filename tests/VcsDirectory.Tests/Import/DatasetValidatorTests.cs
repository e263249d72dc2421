using VcsDirectory.Api.Import;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Import;

public sealed class DatasetValidatorTests
{
    private static DirectoryDataset Valid => TestDataset.Poole;

    [Fact]
    public void The_demo_dataset_is_valid() => Assert.Empty(DatasetValidator.Validate(Valid));

    [Fact]
    public void An_unknown_ward_is_reported_with_its_path()
    {
        var organisation = Valid.Organisations[4] with { Wards = ["ATLANTIS"] };
        var dataset = Valid with { Organisations = [.. Valid.Organisations.Take(4), organisation, .. Valid.Organisations.Skip(5)] };

        var problem = Assert.Single(DatasetValidator.Validate(dataset));

        Assert.Equal(("organisations[4].wards[0]", "UNKNOWN_REFERENCE"), (problem.Path, problem.Code));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var organisation = Valid.Organisations[0] with
        {
            Name = "",
            AnnualIncome = -5,
            Latitude = 95,
            ContactEmail = "not-an-email",
            Website = "ftp://x",
            Needs = [new NeedRecord("SAFEGUARDING", 4)],
            Identifier = "GB-CHC-1234567",
        };
        var dataset = Valid with { Organisations = [organisation, .. Valid.Organisations.Skip(1)] };

        var codes = DatasetValidator.Validate(dataset).Select(p => (p.Path, p.Code)).ToList();

        Assert.Contains(("organisations[0].name", "REQUIRED"), codes);
        Assert.Contains(("organisations[0].annualIncome", "OUT_OF_RANGE"), codes);
        Assert.Contains(("organisations[0]", "INVALID_POSITION"), codes);
        Assert.Contains(("organisations[0].contactEmail", "INVALID_EMAIL"), codes);
        Assert.Contains(("organisations[0].website", "INVALID_URL"), codes);
        Assert.Contains(("organisations[0].needs[0].priority", "OUT_OF_RANGE"), codes);
        Assert.Contains(("organisations[0].identifier", "SYNTHETIC_WITH_REAL_IDENTIFIER"), codes);
    }

    [Fact]
    public void Duplicate_keys_and_inconsistent_willingness_are_reported()
    {
        var duplicate = Valid.Organisations[1] with { Key = Valid.Organisations[0].Key, Willingness = new WillingnessRecord(ToMentor: false, MaxMentees: 3) };
        var dataset = Valid with { Organisations = [Valid.Organisations[0], duplicate] };

        var codes = DatasetValidator.Validate(dataset).Select(p => p.Code).ToList();

        Assert.Contains("DUPLICATE", codes);
        Assert.Contains("INCONSISTENT", codes);
    }
}
