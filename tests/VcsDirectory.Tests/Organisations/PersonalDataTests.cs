using VcsDirectory.Tests.Infrastructure;

namespace VcsDirectory.Tests.Organisations;

[Collection(SeededApi.Name)]
public sealed class PersonalDataTests(DirectoryApiFactory factory)
{
    [Fact]
    public async Task Contact_details_are_null_for_an_anonymous_caller_although_they_are_stored()
    {
        var data = await factory.CreateClient().QueryDataAsync("{ organisations(first: 100) { nodes { contactEmail contactPhone } } }");

        Assert.All(TestDataset.Poole.Organisations, o => Assert.NotNull(o.ContactEmail));
        Assert.All(data["organisations"]!["nodes"]!.AsArray(), n =>
        {
            Assert.Null(n!["contactEmail"]);
            Assert.Null(n["contactPhone"]);
        });
    }
}
