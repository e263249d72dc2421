using System.ComponentModel;

namespace VcsDirectory.Api.Engagement;

[Description("The form an engagement event of the programme took.")]
public enum EngagementEventKind
{
    [Description("A facilitated workshop with several participant groups.")]
    Workshop,
    [Description("A training session.")]
    Training,
    [Description("A survey carried out by telephone.")]
    TelephoneSurvey,
    [Description("A focused conversation with a small group.")]
    FocusConversation,
    [Description("A review meeting of the programme.")]
    Review,
}
