namespace VcsDirectory.Api.Organisations;

/// <summary>What an organisation says it is willing to do, the two questions of the Poole programme.</summary>
public sealed class Willingness
{
    public bool ToMentor { get; set; }

    /// <summary>At most this many mentees at once; 0 when not willing to mentor.</summary>
    public int MaxMentees { get; set; }

    public bool ToLeadConsortium { get; set; }

    public bool ToJoinConsortium { get; set; }

    public bool ToManageCentre { get; set; }

    public bool ToAddValue { get; set; }
}
