using VcsDirectory.Api.OpenReferral;

namespace VcsDirectory.Tests.OpenReferral;

public sealed class OpenReferralIdsTests
{
    [Fact]
    public void UUIDv5_gives_the_RFCs_answer_for_a_known_name() =>
        // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), OpenReferralIds.V5(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));

    [Fact]
    public void A_records_UUID_is_the_same_every_time_and_differs_between_kinds_and_records()
    {
        Assert.Equal(OpenReferralIds.Service(12), OpenReferralIds.Service(12));
        Assert.NotEqual(OpenReferralIds.Service(12), OpenReferralIds.Organisation(12));
        Assert.NotEqual(OpenReferralIds.Service(12), OpenReferralIds.Service(13));
        Assert.NotEqual(OpenReferralIds.ServiceAtLocation(1, 23), OpenReferralIds.ServiceAtLocation(12, 3));
    }

    [Fact]
    public void The_UUIDs_are_version_5_of_the_RFC_variant()
    {
        var id = Guid.Parse(OpenReferralIds.Service(7));

        Assert.Equal(5, id.Version);
        Assert.Equal(0b10, id.Variant >> 2);
    }
}
