using VcsDirectory.Api.Consortia.Building;
using static VcsDirectory.Tests.Consortia.Building.ConsortiumInstances;

namespace VcsDirectory.Tests.Consortia.Building;

public class ConsortiumBuilderTests
{
    private static readonly ConsortiumRequest LeadPartner = new(ConsortiumKind.LeadPartner);

    [Fact]
    public void The_builder_needs_fewer_members_than_greedy_set_cover_where_the_largest_first_choice_is_wasted()
    {
        string[] six = ["EARLY_YEARS", "FAMILY_SUPPORT", "SEND", "SPEECH_LANGUAGE", "PARENTING_SUPPORT", "MENTAL_HEALTH"];
        var centre = Centre(required: six);
        List<ConsortiumCandidate> organisations =
        [
            Candidate(1, delivers: ["EARLY_YEARS", "FAMILY_SUPPORT", "SEND", "SPEECH_LANGUAGE"]),
            Candidate(2, delivers: ["EARLY_YEARS", "FAMILY_SUPPORT", "PARENTING_SUPPORT"]),
            Candidate(3, delivers: ["SEND", "SPEECH_LANGUAGE", "MENTAL_HEALTH"]),
        ];

        var best = ConsortiumBuilder.Build(centre, organisations, LeadPartner).Alternatives[0];

        Assert.Equal(3, GreedyMembers(centre, organisations));
        Assert.Equal(new ConsortiumObjective(6, 2, 2), best.Objective);
        Assert.Equal([2, 3], best.Members.Select(m => m.OrganisationId).Order());
    }

    [Fact]
    public void The_same_input_in_any_order_gives_the_same_alternatives()
    {
        var (centre, organisations) = ConsortiumInstances.Random(new Random(7), count: 10);
        var shuffled = organisations.OrderBy(_ => Guid.NewGuid()).ToList();

        var first = ConsortiumBuilder.Build(centre, organisations, LeadPartner);
        var again = ConsortiumBuilder.Build(centre, organisations, LeadPartner);
        var fromShuffled = ConsortiumBuilder.Build(centre, shuffled, LeadPartner);

        Assert.Equal(Describe(first), Describe(again));
        Assert.Equal(Describe(first), Describe(fromShuffled));
    }

    [Fact]
    public void Equal_objectives_go_to_the_lower_ids()
    {
        var organisations = new[] { Candidate(9), Candidate(4), Candidate(6) };

        var options = ConsortiumBuilder.Build(Centre(required: ["EARLY_YEARS"]), organisations, LeadPartner with { First = 3 });

        Assert.Equal([4, 6, 9], options.Alternatives.Select(a => a.LeadId));
    }

    [Fact]
    public void A_centre_without_a_location_is_served_through_its_reach_wards_only()
    {
        var organisations = new[] { Candidate(1, wards: [1]), Candidate(2, wards: [7], location: Here) };

        var options = ConsortiumBuilder.Build(Centre(required: ["EARLY_YEARS"], reach: [1], location: null), organisations, LeadPartner);

        Assert.Equal(1, options.CandidateCount);
        Assert.Equal(1, options.Alternatives[0].LeadId);
    }

    [Fact]
    public void A_centre_with_neither_location_nor_reach_wards_says_what_to_record()
    {
        var options = ConsortiumBuilder.Build(Centre(reach: [], location: null), [Candidate(1, location: Here)], LeadPartner);

        Assert.Empty(options.Alternatives);
        Assert.Equal("The centre has neither a recorded location nor reach wards, so no organisation counts as local: record its reach wards.", options.NoConsortiumReason);
    }

    [Fact]
    public void An_uncovered_category_says_how_far_the_nearest_willing_deliverers_are()
    {
        var centre = Centre(required: ["EARLY_YEARS", "SPEECH_LANGUAGE"], reach: [1], location: Here);
        var organisations = new[]
        {
            Candidate(1, delivers: ["EARLY_YEARS"]),
            Candidate(2, delivers: ["SPEECH_LANGUAGE"], wards: [9], location: North(5.2)),
            Candidate(3, delivers: ["SPEECH_LANGUAGE"], wards: [9], location: North(5.8)),
        };

        var gap = Assert.Single(ConsortiumBuilder.Build(centre, organisations, LeadPartner).Alternatives[0].UncoveredCategories);

        Assert.Equal("SPEECH_LANGUAGE", gap.Category);
        Assert.Equal("No willing organisation within 3 km or serving a reach ward delivers SPEECH_LANGUAGE; 2 do within 6 km.", gap.Explanation);
    }

    [Fact]
    public void A_category_nobody_delivers_is_said_to_be_delivered_by_no_one()
    {
        var gap = ConsortiumBuilder.Build(Centre(required: ["EARLY_YEARS", "SEND"]), [Candidate(1)], LeadPartner).Alternatives[0].UncoveredCategories.Single();

        Assert.Equal("No organisation in the directory delivers SEND through an active service.", gap.Explanation);
    }

    [Fact]
    public void Without_anyone_able_to_lead_there_are_no_alternatives_and_a_reason()
    {
        var options = ConsortiumBuilder.Build(Centre(), [Candidate(1, lead: false), Candidate(2, governance: 1)], LeadPartner);

        Assert.Empty(options.Alternatives);
        Assert.Equal(2, options.CandidateCount);
        Assert.StartsWith("2 organisation(s) may join, but none can lead a lead-partner consortium", options.NoConsortiumReason);
    }

    [Fact]
    public void Each_member_is_explained_and_the_lead_comes_first()
    {
        var organisations = new[] { Candidate(1, delivers: ["EARLY_YEARS"], lead: false), Candidate(2, delivers: ["SEND"]) };

        var best = ConsortiumBuilder.Build(Centre(), organisations, LeadPartner).Alternatives[0];

        Assert.Equal([(2, ConsortiumRole.Lead), (1, ConsortiumRole.Member)], best.Members.Select(m => (m.OrganisationId, m.Role)));
        Assert.Equal("Leads: the only member able to lead this kind of consortium.", best.Members[0].Choice);
        Assert.Equal("Chosen because no other member delivers EARLY_YEARS.", best.Members[1].Choice);
        Assert.Contains("Delivers EARLY_YEARS through active services.", best.Members[1].Qualifications);
        Assert.Equal("Covers 2 of 2 required categories with 2 member(s), lead included, serving 2 (member, reach ward) pair(s).", best.Summary);
    }

    private static int GreedyMembers(ConsortiumCentre centre, IReadOnlyList<ConsortiumCandidate> organisations)
    {
        var uncovered = centre.RequiredCategories.ToHashSet();
        var members = 0;
        while (uncovered.Count > 0)
        {
            var next = organisations.OrderByDescending(o => o.DeliveredCategories.Count(uncovered.Contains)).ThenBy(o => o.Id).First();
            uncovered.ExceptWith(next.DeliveredCategories);
            members++;
        }

        return members;
    }

    private static string Describe(ConsortiumOptions options) => string.Join(" | ", options.Alternatives.Select(a =>
        $"{a.LeadId}:{string.Join(",", a.Members.Select(m => m.OrganisationId))}:{a.Objective}:{string.Join(",", a.UncoveredCategories.Select(u => u.Explanation))}"));
}
