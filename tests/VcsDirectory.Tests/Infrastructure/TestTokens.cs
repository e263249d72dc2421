using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VcsDirectory.Api.Access;
using VcsDirectory.Api.GraphQL.Nodes;

namespace VcsDirectory.Tests.Infrastructure;

/// <summary>Tokens minted with the test signing key the test server trusts, as `dotnet user-jwts` would mint them.</summary>
public static class TestTokens
{
    public const string Issuer = "vcsdirectory-tests";
    public const string Audience = "vcsdirectory";
    public static readonly string SigningKey = Convert.ToBase64String("a test signing key of at least 256 bits, never used outside tests"u8.ToArray());

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = SigningKey,
        // The suite sends thousands of requests from one address; the rate-limit test sets its own low limits.
        ["RateLimits:AnonymousPerWindow"] = "1000000",
        ["RateLimits:AuthenticatedPerWindow"] = "1000000",
    };

    public static string CvsStaff(string subject = "staff-1") => Mint(subject, [Roles.CvsStaff], []);

    public static string CoordinatorOf(params int[] organisationIds) =>
        Mint($"coordinator-of-{string.Join('-', organisationIds)}", [Roles.Coordinator], organisationIds);

    public static string CentreManagerOf(params int[] centreIds) =>
        Mint($"manager-of-{string.Join('-', centreIds)}", [Roles.CentreManager], [], centreIds);

    public static string Mint(string subject, string[] roles, int[] organisationIds, int[]? centreIds = null)
    {
        var claims = new List<Claim> { new("sub", subject) };
        claims.AddRange(roles.Select(r => new Claim("role", r)));
        claims.AddRange(organisationIds.Select(id => new Claim(Roles.OrganisationClaim, GlobalId.Encode("Organisation", id))));
        claims.AddRange((centreIds ?? []).Select(id => new Claim(Roles.CentreClaim, GlobalId.Encode("ChildrensCentre", id))));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(SigningKey)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static HttpClient WithToken(this HttpClient client, string? token)
    {
        client.DefaultRequestHeaders.Authorization = token is null ? null : new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
