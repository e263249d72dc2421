using VcsDirectory.Api.Mentoring.Matching;

namespace VcsDirectory.Api.Mentoring.Pairings;

/// <summary>Each eligibility rule in a sentence for the coordinator who tried the pair.</summary>
public static class PairingExplanations
{
    public static string Of(IneligibilityReason reason) => reason switch
    {
        IneligibilityReason.SameOrganisation => "An organisation cannot mentor itself.",
        IneligibilityReason.NotWillingToMentor => "This organisation has not said it is willing to mentor.",
        IneligibilityReason.NoFreePlaces => "This mentor has no free place left.",
        IneligibilityReason.MentorNotLarger => "A mentor must be larger: a higher size band, or at least twice the income in the same band.",
        IneligibilityReason.MenteeHasNoNeeds => "The mentee has declared no needs yet.",
        IneligibilityReason.CoversNoNeed => "The mentor is not strong (2 or more) in any of the mentee's needs.",
        IneligibilityReason.AlreadyPaired => "These two already have an accepted or active pairing.",
        IneligibilityReason.DeclinedBefore => "This mentor declined this mentee before.",
        IneligibilityReason.EndedBadlyBefore => "A pairing of these two broke down before.",
        IneligibilityReason.Excluded => "These two organisations are excluded from being paired.",
        _ => reason.ToString(),
    };
}
