namespace VcsDirectory.Api.Engagement;

public enum EngagementEventKind
{
    Workshop,
    Training,
    TelephoneSurvey,
    FocusConversation,
    Review,
}
