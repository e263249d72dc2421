using VcsDirectory.Api.Access;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL.Loading;

namespace VcsDirectory.Api.Jobs;

/// <summary>Jobs by id, only those the caller may see (<see cref="JobAccess.MaySee"/>); without their result, read only when asked (<see cref="JobResults"/>).</summary>
public sealed class JobLoaders(DirectoryDbContext db, IHttpContextAccessor http)
{
    public BatchLoader<int, Job?> ById { get; } = Loaders.ById(ids => Visible(db, DirectoryCaller.From(http.HttpContext?.User), ids), j => j.Id);

    private static IQueryable<Job> Visible(DirectoryDbContext db, DirectoryCaller caller, IReadOnlyList<int> ids)
    {
        var staff = caller.IsCvsStaff;
        var subject = caller.IsAuthenticated ? caller.Actor : null;
        return db.Jobs.Where(j => ids.Contains(j.Id) && (staff || (subject != null && j.StartedBy == subject))).Select(j => new Job
        {
            Id = j.Id, Kind = j.Kind, Status = j.Status, Progress = j.Progress, Phase = j.Phase, Input = j.Input, DataVersion = j.DataVersion,
            Error = j.Error, StartedBy = j.StartedBy, CreatedAt = j.CreatedAt, StartedAt = j.StartedAt, FinishedAt = j.FinishedAt,
            CancelRequested = j.CancelRequested, LeaseOwner = j.LeaseOwner, LeaseExpiresAt = j.LeaseExpiresAt, Version = j.Version,
        });
    }
}
