namespace VcsDirectory.Api.Engagement;

public enum ParticipantGroup
{
    CentreManagers,
    Vcs,
    CouncilProfessionals,
    Parents,
}
