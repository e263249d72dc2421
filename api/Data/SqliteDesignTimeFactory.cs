using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace VcsDirectory.Api.Data;

/// <summary>For <c>dotnet ef migrations add</c>: each engine's context without starting the app (no database is opened).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDirectoryDbContext>
{
    public SqliteDirectoryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDirectoryDbContext>().UseSqlite(DataServiceCollectionExtensions.DefaultConnectionString).Options);
}
