namespace VcsDirectory.Api.Import;

public sealed record WillingnessRecord(
    bool ToMentor = false,
    int MaxMentees = 0,
    bool ToLeadConsortium = false,
    bool ToJoinConsortium = false,
    bool ToManageCentre = false,
    bool ToAddValue = false);
