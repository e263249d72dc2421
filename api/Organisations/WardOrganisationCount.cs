namespace VcsDirectory.Api.Organisations;

/// <summary>
/// How many organisations serve a ward, archived ones left out: the length of <c>Ward.organisations</c> before any
/// filter, kept by the database so that a ward's total is one row to read rather than every link of the ward.
/// </summary>
/// <remarks>
/// Written by triggers only (migration <c>WardOrganisationCounts</c>, on both engines), never by the API, so it holds
/// after any write, through EF or by hand: every ward has its row from its insert; a link added or removed moves its
/// ward's count when its organisation is listed; an organisation archived (or brought back) moves the count of each
/// of its wards; an organisation deleted removes its links first, so each is counted out while the organisation is
/// still there to say whether it was listed. Always by one, never a recount: two writers each move it, where a
/// recount could miss the other's link (on PostgreSQL the triggers also queue on one transaction lock, so a link and
/// an archive committed at once are never both missed).
/// </remarks>
public sealed class WardOrganisationCount
{
    public int WardId { get; init; }

    public int Organisations { get; init; }
}
