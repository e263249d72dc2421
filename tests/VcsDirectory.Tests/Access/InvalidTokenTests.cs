using System.Net;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Access;

/// <summary>A token that cannot be believed is not the same as no token: 401, RFC 6750's invalid_token, and INVALID_TOKEN.</summary>
[Collection(SeededApi.Name)]
public sealed class InvalidTokenTests(DirectoryApiFactory factory)
{
    public static TheoryData<string, string> BadTokens => new()
    {
        { "expired", Token(expires: DateTime.UtcNow.AddHours(-2), key: TestTokens.SigningKey) },
        { "wrongly signed", Token(expires: DateTime.UtcNow.AddHours(1), key: Convert.ToBase64String("another key of at least 256 bits, not the server's one"u8.ToArray())) },
        { "malformed", "not-a-jwt" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_a_401_with_invalid_token_and_INVALID_TOKEN(string kind, string token)
    {
        var client = factory.CreateClient().WithToken(token);

        using var response = await client.GetAsync("/graphql?query={__typename}");

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: {response.StatusCode}");
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer" && h.Parameter!.Contains("error=\"invalid_token\"", StringComparison.Ordinal));
        Assert.Equal("INVALID_TOKEN", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task No_token_at_all_is_still_an_anonymous_reader()
    {
        using var response = await factory.CreateClient().GetAsync("/graphql?query={__typename}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Token(DateTime expires, string key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = TestTokens.Issuer,
        Audience = TestTokens.Audience,
        Subject = new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim("sub", "someone")]),
        NotBefore = expires.AddHours(-1),
        IssuedAt = expires.AddHours(-1),
        Expires = expires,
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(key)), SecurityAlgorithms.HmacSha256),
    });
}
