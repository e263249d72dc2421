using Microsoft.EntityFrameworkCore;

namespace VcsDirectory.Api.Data;

/// <summary>The directory on PostgreSQL, for several API instances on one database; its migrations are in Data/Migrations/Postgres.</summary>
public sealed class PostgresDirectoryDbContext(DbContextOptions<PostgresDirectoryDbContext> options) : DirectoryDbContext(options);
