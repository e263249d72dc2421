namespace VcsDirectory.Tests.Data;

/// <summary>An edit the server answered: the organisation, the version it answered with, the description written.</summary>
public sealed record AcknowledgedEdit(int Organisation, int Version, string Description);
