using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace VcsDirectory.Api.Access;

public static class AccessServiceCollectionExtensions
{
    /// <summary>
    /// JWT bearer tokens configured from <c>Authentication:Schemes:Bearer</c> (issuer, audiences, signing keys),
    /// the section <c>dotnet user-jwts</c> fills in for development.
    /// </summary>
    public static IServiceCollection AddDirectoryAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddAuthorization();
        return services;
    }
}
