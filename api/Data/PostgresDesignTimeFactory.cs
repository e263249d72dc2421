using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace VcsDirectory.Api.Data;

/// <summary>For <c>dotnet ef migrations add</c>: the PostgreSQL context without starting the app (no database is opened).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDirectoryDbContext>
{
    public PostgresDirectoryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDirectoryDbContext>().UseNpgsql("Host=localhost;Database=vcsdirectory_design").Options);
}
