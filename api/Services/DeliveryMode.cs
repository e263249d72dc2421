using System.ComponentModel;

namespace VcsDirectory.Api.Services;

[Description("How a service reaches families (Open Referral UK's attending types).")]
public enum DeliveryMode
{
    [Description("Families attend in person, at a centre or another venue.")]
    InPerson,
    [Description("Delivered online (video call, web chat or course).")]
    Online,
    [Description("Delivered by telephone.")]
    Telephone,
}
