using System.ComponentModel;

namespace VcsDirectory.Api.Engagement;

[Description("Who took part in an engagement event.")]
public enum ParticipantGroup
{
    [Description("Managers of children's centres.")]
    CentreManagers,
    [Description("People from voluntary and community sector organisations.")]
    Vcs,
    [Description("Council staff and other statutory professionals.")]
    CouncilProfessionals,
    [Description("Parents and carers using the centres.")]
    Parents,
}
