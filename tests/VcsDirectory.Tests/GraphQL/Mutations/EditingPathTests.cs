using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using VcsDirectory.Api.GraphQL;
using VcsDirectory.Api.GraphQL.Mutations;
using VcsDirectory.Tests.Infrastructure;
using VcsDirectory.Tests.Organisations.Editing;

namespace VcsDirectory.Tests.GraphQL.Mutations;

/// <summary>The one editing path as clients meet it: omitted versus null, refusals that write nothing, typed inputs.</summary>
public sealed class EditingPathTests(DirectoryApiFactory factory) : IClassFixture<DirectoryApiFactory>
{
    private const string Profile = "mutation($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { organisation { version description website } userErrors { field code } } }";

    private readonly HttpClient _staff = factory.CreateClient().WithToken(TestTokens.CvsStaff());

    [Fact]
    public async Task An_omitted_field_is_left_as_it_is_and_a_null_one_is_cleared()
    {
        var before = await OrganisationState.ReadAsync(factory, 40);
        Assert.NotNull(before["website"]);

        var data = await _staff.QueryDataAsync(Profile, new { input = new { id = OrganisationState.Id(40), version = before["version"]!.GetValue<int>(), description = (string?)null } });

        var organisation = data["updateOrganisationProfile"]!["organisation"]!;
        Assert.Null(organisation["description"]);
        Assert.Equal(before["website"]!.GetValue<string>(), organisation["website"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_negative_income_is_a_user_error_and_writes_nothing()
    {
        var before = await OrganisationState.ReadAsync(factory, 41);

        var data = await _staff.QueryDataAsync(
            "mutation($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { organisation { version } userErrors { field code } } }",
            new { input = new { id = OrganisationState.Id(41), version = before["version"]!.GetValue<int>(), annualIncome = -5 } });

        Assert.Equal("OUT_OF_RANGE", data["updateOrganisationProfile"]!["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(before.ToJsonString(), (await OrganisationState.ReadAsync(factory, 41)).ToJsonString());
    }

    [Fact]
    public async Task A_refused_edit_is_not_saved_by_a_later_mutation_of_the_same_request()
    {
        var (refused, accepted) = (await OrganisationState.ReadAsync(factory, 42), await OrganisationState.ReadAsync(factory, 43));

        var data = await _staff.QueryDataAsync(
            """
            mutation($bad: UpdateOrganisationProfileInput!, $good: UpdateOrganisationProfileInput!) {
              bad: updateOrganisationProfile(input: $bad) { userErrors { code } }
              good: updateOrganisationProfile(input: $good) { userErrors { code } }
            }
            """,
            new
            {
                bad = new { id = OrganisationState.Id(42), version = refused["version"]!.GetValue<int>(), staffCount = 7, website = "not a url" },
                good = new { id = OrganisationState.Id(43), version = accepted["version"]!.GetValue<int>(), staffCount = 7 },
            });

        Assert.Equal("INVALID_URL", data["bad"]!["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(data["good"]!["userErrors"]!.AsArray());
        Assert.Equal(refused.ToJsonString(), (await OrganisationState.ReadAsync(factory, 42)).ToJsonString());
    }

    [Fact]
    public void Every_field_of_a_typed_input_lands_in_a_property()
    {
        var schema = factory.Services.GetRequiredService<DirectorySchema>();
        schema.Initialize();

        var unbound = schema.AllTypes.OfType<IInputObjectGraphType>()
            .Select(type => (type.Name, Fields: UnboundFields(type)))
            .Where(t => t.Fields.Count > 0)
            .Select(t => $"{t.Name}: {string.Join(", ", t.Fields)}");

        Assert.Empty(unbound);
    }

    [Fact]
    public void Every_date_or_time_field_of_a_typed_input_parses_into_its_propertys_type()
    {
        var schema = factory.Services.GetRequiredService<DirectorySchema>();
        schema.Initialize();

        var mistyped = schema.AllTypes.OfType<IInputObjectGraphType>()
            .Where(type => TypedInput(type) is not null)
            .SelectMany(type => type.Fields.Select(field => (type, field, Scalar: NamedType(field.ResolvedType!))))
            .Where(f => ParsedTypes.ContainsKey(f.Scalar.GetType()))
            .Select(f => (f, Property: PropertyType(TypedInput(f.type)!.GetGenericArguments()[0], f.field.Name)))
            .Where(x => x.Property is not null && x.Property != ParsedTypes[x.f.Scalar.GetType()])
            .Select(x => $"{x.f.type.Name}.{x.f.field.Name}: {x.f.Scalar.Name} into {x.Property!.Name}");

        Assert.Empty(mistyped);
    }

    // What each temporal scalar hands to ParseDictionary; a property of another type makes the conversion throw.
    private static readonly Dictionary<Type, Type> ParsedTypes = new()
    {
        [typeof(DateGraphType)] = typeof(DateTime),
        [typeof(DateOnlyGraphType)] = typeof(DateOnly),
        [typeof(DateTimeGraphType)] = typeof(DateTime),
        [typeof(DateTimeOffsetGraphType)] = typeof(DateTimeOffset),
        [typeof(TimeOnlyGraphType)] = typeof(TimeOnly),
    };

    private static IGraphType NamedType(IGraphType type) => type is IProvideResolvedType wrapper ? NamedType(wrapper.ResolvedType!) : type;

    private static Type? PropertyType(Type input, string field)
    {
        var property = input.GetProperties().FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase))?.PropertyType;
        while (property is { IsGenericType: true } && (property.GetGenericTypeDefinition() == typeof(Optional<>) || property.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)))
        {
            property = property.GetGenericArguments()[0];
        }

        return property is null ? null : Nullable.GetUnderlyingType(property) ?? property;
    }

    private static Type? TypedInput(IInputObjectGraphType type)
    {
        var typed = type.GetType();
        while (typed is not null && !(typed.IsGenericType && typed.GetGenericTypeDefinition() == typeof(TypedInputGraphType<>)))
        {
            typed = typed.BaseType;
        }

        return typed;
    }

    private static List<string> UnboundFields(IInputObjectGraphType type) =>
        TypedInput(type) is { } typed ? ((IEnumerable<string>)typed.GetMethod(nameof(TypedInputGraphType<object>.UnboundFields))!.Invoke(type, null)!).ToList() : [];
}
