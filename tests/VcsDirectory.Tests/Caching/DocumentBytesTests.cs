using System.Text.Json;
using System.Text.Json.Nodes;
using VcsDirectory.Api.Caching;

namespace VcsDirectory.Tests.Caching;

public class DocumentBytesTests
{
    [Fact]
    public void A_document_over_many_segments_is_the_bytes_the_serializer_writes()
    {
        // About 1 MB (the default encoder writes — and é as \u escapes): well past the pipe's 4 KiB segments and the serializer's first buffer.
        var document = new JsonArray([.. Enumerable.Range(0, 20_000).Select(i => (JsonNode)new JsonObject { ["id"] = i, ["name"] = $"Group {i} — café" })]);

        var bytes = DocumentBytes.Write(writer => document.WriteTo(writer));

        Assert.True(bytes.Length > 500_000);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(document), bytes);
    }

    [Fact]
    public void The_writer_options_apply()
    {
        var bytes = DocumentBytes.Write(writer => writer.WriteStringValue("Children's Centre"),
            new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Equal("\"Children's Centre\"", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void An_unfinished_document_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DocumentBytes.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("a");
        }));

        Assert.Contains("left unfinished", error.Message);
    }

    [Fact]
    public void Nothing_written_is_no_bytes() => Assert.Empty(DocumentBytes.Write(_ => { }));
}
