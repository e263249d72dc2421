using Microsoft.AspNetCore.Authentication;
using VcsDirectory.Api.GraphQL.Http;

namespace VcsDirectory.Api.Access;

public static class InvalidTokenRefusal
{
    /// <summary>
    /// Who is calling: a valid bearer token signs the caller in, no token leaves them anonymous, and a token that fails
    /// validation (expired, malformed, wrongly signed) is answered 401 with RFC 6750's <c>invalid_token</c> and an
    /// <c>INVALID_TOKEN</c> error, rather than served silently as anonymous.
    /// </summary>
    public static IApplicationBuilder UseDirectoryAuthentication(this IApplicationBuilder app) => app
        .UseAuthentication()
        .Use(async (HttpContext http, RequestDelegate next) =>
        {
            // The handler keeps its result for the request: asking again does not validate the token twice.
            if (http.Request.Headers.Authorization.Count == 0 || (await http.AuthenticateAsync()).Failure is null)
            {
                await next(http);
                return;
            }

            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The token is expired, malformed or not signed by a trusted key\"";
            await RefusalResponse.WriteAsync(http, StatusCodes.Status401Unauthorized, "INVALID_TOKEN",
                "The bearer token is expired, malformed or not signed by a trusted key: get a new one, or send none to read the public directory.", cancellationToken: http.RequestAborted);
        });
}
