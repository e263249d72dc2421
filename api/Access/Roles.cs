namespace VcsDirectory.Api.Access;

/// <summary>The roles and claims a bearer token carries.</summary>
public static class Roles
{
    /// <summary>Council for voluntary service staff: everything, including creating organisations and curating places.</summary>
    public const string CvsStaff = "cvs-staff";

    /// <summary>A coordinator of the organisations named in <see cref="OrganisationClaim"/> claims.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>One claim per organisation a coordinator looks after; the value is the organisation's global id.</summary>
    public const string OrganisationClaim = "organisation";

    /// <summary>A children's centre's manager: the centres named in <see cref="CentreClaim"/> claims.</summary>
    public const string CentreManager = "centre-manager";

    /// <summary>One claim per centre a centre manager runs; the value is the centre's global id.</summary>
    public const string CentreClaim = "centre";
}
