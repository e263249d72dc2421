using System.ComponentModel;

namespace VcsDirectory.Api.Centres;

[Description("Who runs a children's centre.")]
public enum CentreOperatorKind
{
    [Description("Run directly by the council; no operator organisation is linked.")]
    Council,
    [Description("Run by a voluntary or community organisation of the directory, given as the operator.")]
    Organisation,
}
