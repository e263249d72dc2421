using Microsoft.Net.Http.Headers;

namespace VcsDirectory.Api.GraphQL.Http;

/// <summary>Chooses the response media type from <c>Accept</c>, as GraphQL over HTTP asks.</summary>
internal static class ResponseMediaType
{
    /// <summary>The media type to answer in, or null when the client accepts neither (406).</summary>
    public static string? Negotiate(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || accept.All(string.IsNullOrWhiteSpace))
        {
            return MediaTypes.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return MediaTypes.Json;
        }

        var accepted = ranges.Where(r => r.Quality is null or > 0).OrderByDescending(r => r.Quality ?? 1).ToList();
        foreach (var range in accepted)
        {
            var type = range.MediaType.Value;
            if (string.Equals(type, MediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return MediaTypes.GraphQLResponse;
            }

            if (string.Equals(type, MediaTypes.Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*")
            {
                return MediaTypes.Json;
            }
        }

        return null;
    }
}
