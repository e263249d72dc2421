namespace VcsDirectory.Api.Centres;

public enum CentreOperatorKind
{
    Council,
    Organisation,
}
