using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Outcomes.Indicators;
using VcsDirectory.Api.Outreach.Coverage;

namespace VcsDirectory.Tests.Outcomes.Indicators;

public sealed class DeliveryIndicatorsTests
{
    private static readonly DeliveredService VcsEarlyYears = new(1, 100, 10, ProviderIsVcs: true);
    private static readonly DeliveredService VcsExtra = new(2, 101, 20, ProviderIsVcs: true);

    [Fact]
    public void The_vcs_share_counts_each_uncovered_required_category_as_one_in_house_service()
    {
        // Delivered: 10 and 20 by VCS. Required 11 and 12 are uncovered, so the council delivers them: 2 of 4.
        var share = DeliveryIndicators.VcsShareOfServices(SmallCentre.Centre(), [VcsEarlyYears, VcsExtra]);

        Assert.Equal(50, share.Value);
        Assert.Contains("2 of 4 services", share.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void In_house_delivery_counts_as_vcs_when_a_vcs_organisation_runs_the_centre() =>
        Assert.Equal(100, DeliveryIndicators.VcsShareOfServices(SmallCentre.Centre(operatorIsVcs: true), [VcsEarlyYears]).Value);

    [Fact]
    public void A_new_vcs_service_in_a_required_category_raises_the_share()
    {
        var before = DeliveryIndicators.VcsShareOfServices(SmallCentre.Centre(), [VcsEarlyYears]).Value;
        var after = DeliveryIndicators.VcsShareOfServices(SmallCentre.Centre(), [VcsEarlyYears, new DeliveredService(3, 102, 11, true)]).Value;

        Assert.Equal(33.3, before);
        Assert.Equal(66.7, after);
    }

    [Fact]
    public void Required_categories_count_as_delivered_at_the_centre_by_a_provider_within_three_km_or_by_one_serving_a_reach_ward()
    {
        var near = new ProviderPoint(200, "Near", new GeoPoint(50.7200, -1.9800), new HashSet<int> { 11 }, new HashSet<int>());
        var far = new ProviderPoint(201, "Far, but serves ward 2", new GeoPoint(50.8500, -1.7000), new HashSet<int> { 12 }, new HashSet<int> { 2 });
        var farAway = new ProviderPoint(202, "Far away", new GeoPoint(50.8500, -1.7000), new HashSet<int> { 12 }, new HashSet<int> { 9 });

        Assert.Equal(100, DeliveryIndicators.RequiredCategoriesDelivered(SmallCentre.Centre(), [VcsEarlyYears], [near, far]).Value);
        Assert.Equal(66.7, DeliveryIndicators.RequiredCategoriesDelivered(SmallCentre.Centre(), [VcsEarlyYears], [near, farAway]).Value);
    }

    [Fact]
    public void Only_support_relationships_with_a_side_serving_a_reach_ward_count()
    {
        var inReach = new SupportRelationship(SupportKind.MentoringPairing, 1, [new(100, new HashSet<int> { 7 }), new(101, new HashSet<int> { 2 })]);
        var outOfReach = new SupportRelationship(SupportKind.MentoringPairing, 2, [new(102, new HashSet<int> { 7 }), new(103, new HashSet<int> { 8 })]);

        var value = DeliveryIndicators.MentoringAndSupport(SmallCentre.Centre(), [inReach, outOfReach]);

        Assert.Equal(1, value.Value);
    }

    [Fact]
    public void Pairings_with_a_side_in_reach_and_open_plans_of_organisations_in_reach_count_once_each()
    {
        // The centre reaches wards 1 and 2. Organisation 101 serves ward 2 and is mentee of pairing 1 and has plan 1 (a plan
        // and a pairing carrying its step are two records of support); pairing 2 has both sides in reach and counts once;
        // pairing 3 and plan 2 serve only wards 7 and 8. Plan 1 shares its id with pairing 1: ids are unique only within a kind.
        IReadOnlySet<int> Wards(params int[] ids) => ids.ToHashSet();
        SupportRelationship[] support =
        [
            new(SupportKind.MentoringPairing, 1, [new(100, Wards(7)), new(101, Wards(2))]),
            new(SupportKind.MentoringPairing, 2, [new(102, Wards(1)), new(103, Wards(1, 2))]),
            new(SupportKind.MentoringPairing, 3, [new(104, Wards(7)), new(105, Wards(8))]),
            new(SupportKind.SupportPlan, 1, [new(101, Wards(2))]),
            new(SupportKind.SupportPlan, 2, [new(105, Wards(8))]),
        ];

        var value = DeliveryIndicators.MentoringAndSupport(SmallCentre.Centre(), support);

        Assert.Equal(3, value.Value);
        Assert.Equal("2 active mentoring pairings and 1 open support plan involve an organisation serving the centre's reach wards.", value.Explanation);
    }

    [Fact]
    public void A_support_relationship_listed_twice_is_counted_once()
    {
        var plan = new SupportRelationship(SupportKind.SupportPlan, 4, [new(100, new HashSet<int> { 1 })]);

        Assert.Equal(1, DeliveryIndicators.MentoringAndSupport(SmallCentre.Centre(), [plan, plan with { Sides = [new(100, new HashSet<int> { 1, 2 })] }]).Value);
    }

    [Fact]
    public void Without_support_in_reach_the_count_is_zero_not_missing() =>
        Assert.Equal(0, DeliveryIndicators.MentoringAndSupport(SmallCentre.Centre(), []).Value);

    [Fact]
    public void A_centre_with_nothing_delivered_and_nothing_required_has_no_vcs_share()
    {
        var centre = SmallCentre.Centre() with { RequiredCategoryIds = new HashSet<int>() };

        Assert.Null(DeliveryIndicators.VcsShareOfServices(centre, []).Value);
        Assert.Null(DeliveryIndicators.RequiredCategoriesDelivered(centre, [], []).Value);
    }
}
