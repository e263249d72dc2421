using GraphQL.Types;

namespace VcsDirectory.Api.GraphQL;

public sealed class DirectorySchema : Schema
{
    public DirectorySchema(IServiceProvider services)
        : base(services)
    {
        Description = "VcsDirectory: the partnership and mentoring directory of the voluntary and community sector around Poole's children's centres.";
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
    }
}
