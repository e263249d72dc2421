using GraphQL;
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
        // What modern introspection asks (graphql-js's getIntrospectionQuery with every option, Python's gql, Rover):
        // without these, __Directive.isRepeatable and includeDeprecated on args and inputFields are refused, and the
        // tool gets no schema at all.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        // Introspection is what tools send first; it must never be priced out.
        this.WithIntrospectionComplexityImpact(0);
    }
}
