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
        RegisterVisitor(new Introspection.CurrentIntrospectionVisitor());
        RegisterVisitor(new Introspection.IntrospectionCostVisitor());
        // GraphQL.NET's own Long comes without a description; the same scalar is kept, only described.
        this.ReplaceScalar(new LongGraphType { Description = "A whole number from -2^63 to 2^63-1, for amounts larger than Int allows (e.g. an annual income in pounds)." });
    }
}
