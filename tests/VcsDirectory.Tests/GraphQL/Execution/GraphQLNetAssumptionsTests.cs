using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Execution;
using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.GraphQL.Execution;

/// <summary>
/// What the execution strategy's fast path relies on in GraphQL.NET, pinned: if an upgrade changes any of it, these
/// fail here rather than the directory answering differently.
/// </summary>
[Collection(SeededApi.Name)]
public sealed class GraphQLNetAssumptionsTests(DirectoryApiFactory factory)
{
    [Fact]
    public void Every_field_declared_with_a_member_expression_records_its_member()
    {
        var schema = factory.Services.GetRequiredService<DirectorySchema>();
        schema.Initialize();

        var unrecorded = schema.AllTypes.OfType<IObjectGraphType>()
            .SelectMany(type => type.Fields.Select(field => (type, field)))
            .Where(x => x.field.Resolver?.GetType() is { IsGenericType: true } resolver && resolver.GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>))
            .Where(x => MemberReaders.MemberOf(x.field) is null)
            .Select(x => $"{x.type.Name}.{x.field.Name}");

        Assert.Empty(unrecorded);
    }

    [Fact]
    public void A_field_declared_with_a_member_expression_keeps_the_resolver_GraphQL_NET_gave_it_and_is_read_directly()
    {
        var field = new ProbeType().Fields.Single();
        var probe = new Probe { Name = "Sterte" };

        var read = MemberReaders.Of(field, probe);

        Assert.Equal(typeof(ExpressionFieldResolver<Probe, string>), field.Resolver!.GetType());
        Assert.NotNull(read);
        Assert.Equal("Sterte", read(probe));
    }

    [Fact]
    public void A_field_with_middleware_runs_its_resolver_rather_than_the_fast_path()
    {
        var schema = new global::GraphQL.Types.Schema { Query = new ProbeType() };
        schema.FieldMiddleware.Use(next => next);
        schema.Initialize();

        var field = schema.Query.Fields.Single();

        Assert.Null(MemberReaders.MemberOf(field));
    }

    [Fact]
    public void A_field_whose_resolver_is_replaced_after_its_declaration_runs_that_resolver()
    {
        var type = new ProbeType();
        type.Field("shout", p => p.Name).Resolve(ctx => ctx.Source.Name.ToUpperInvariant());

        Assert.Null(MemberReaders.MemberOf(type.Fields.Find("shout")!));
    }

    private sealed class Probe
    {
        public string Name { get; set; } = "";
    }

    private sealed class ProbeType : DirectoryObjectGraphType<Probe>
    {
        public ProbeType()
        {
            Name = "Probe";
            Field(p => p.Name);
        }
    }
}
