namespace VcsDirectory.Api.GraphQL.Http;

public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
}
