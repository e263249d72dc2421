using Microsoft.EntityFrameworkCore;

namespace VcsDirectory.Api.Data;

/// <summary>The directory on SQLite, the embedded default; its migrations are in Data/Migrations/Sqlite.</summary>
public sealed class SqliteDirectoryDbContext(DbContextOptions<SqliteDirectoryDbContext> options) : DirectoryDbContext(options);
