namespace VcsDirectory.Api.Import;

public sealed record ProgrammeThemeRecord(string Name, IReadOnlyList<string> Proposals, string Source);
