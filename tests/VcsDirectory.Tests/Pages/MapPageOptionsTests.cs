using VcsDirectory.Api.Pages;

namespace VcsDirectory.Tests.Pages;

public sealed class MapPageOptionsTests
{
    [Theory]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png")]
    [InlineData("https://{s}.tiles.example.org/{z}/{x}/{y}.png")]
    [InlineData("/tiles/{z}/{x}/{y}.png")]
    [InlineData("")]
    public void A_tile_url_template_on_http_or_this_server_or_none_is_accepted(string url)
    {
        var options = new MapPageOptions { TileUrl = url };

        options.Validate();
    }

    [Theory]
    [InlineData("https://tile.openstreetmap.org/tiles.png")]
    [InlineData("ftp://tiles.example.org/{z}/{x}/{y}.png")]
    [InlineData("//tiles.example.org/{z}/{x}/{y}.png")]
    [InlineData("tiles/{z}/{x}/{y}.png")]
    public void A_tile_url_the_map_cannot_use_stops_the_start_up(string url)
    {
        var options = new MapPageOptions { TileUrl = url };

        var refusal = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains("Map:TileUrl", refusal.Message, StringComparison.Ordinal);
    }
}
