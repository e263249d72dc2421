namespace VcsDirectory.Api.Mentoring.Matching;

/// <summary>Why an organisation cannot mentor another; the API names these so a coordinator sees why.</summary>
public enum IneligibilityReason
{
    SameOrganisation,
    NotWillingToMentor,
    NoFreePlaces,
    MentorNotLarger,
    MenteeHasNoNeeds,
    CoversNoNeed,
    AlreadyPaired,
    DeclinedBefore,
    EndedBadlyBefore,
    Excluded,
}
