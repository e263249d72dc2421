using System.ComponentModel;

namespace VcsDirectory.Api.Consortia.Records;

[Description("What a consortium is for, as the Poole programme asked groups.")]
public enum ConsortiumPurpose
{
    [Description("To manage a children's centre.")]
    ManageCentre,

    [Description("To deliver services at a children's centre.")]
    DeliverServices,

    [Description("To add value to the centre's existing arrangements.")]
    AddValue,
}
