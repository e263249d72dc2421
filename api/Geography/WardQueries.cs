using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using VcsDirectory.Api.Data;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.Geography;

public static class WardQueries
{
    public static void AddWardQueries(this ObjectGraphType query) =>
        query.RootConnection<WardType, Ward, WardFilter, WardSort>(
            "wards", "The borough's electoral wards.",
            ctx => ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().Wards.AsNoTracking());
}
