using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.Data;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Data;

/// <summary>
/// The contexts' options (<c>DataServiceCollectionExtensions</c>): built once per instance, and EF Core's thread-safety
/// checks off unless <c>Database:ThreadSafetyChecks</c> says otherwise (the suite sets it for every other test).
/// </summary>
public sealed class ContextOptionsTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public async Task Thread_safety_checks_follow_the_setting_and_are_off_by_default(string? setting, bool enabled)
    {
        using var factory = new DirectoryApiFactory();
        // The factory turns the checks on for the suite unless a test names the setting; null: a deployment that never does.
        factory.Settings["Database:ThreadSafetyChecks"] = setting;
        await factory.CreateClient().QueryDataAsync("{ organisations(first: 1) { nodes { id } } }");

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();

        Assert.Equal(enabled, db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled);
    }

    [Fact]
    public void Every_request_s_context_shares_one_options_instance()
    {
        using var factory = new DirectoryApiFactory();
        using var first = factory.Services.CreateScope();
        using var second = factory.Services.CreateScope();

        Assert.Same(
            first.ServiceProvider.GetRequiredService<DirectoryDbContext>().GetService<IDbContextOptions>(),
            second.ServiceProvider.GetRequiredService<DirectoryDbContext>().GetService<IDbContextOptions>());
    }
}
