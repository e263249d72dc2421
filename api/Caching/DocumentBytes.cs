using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

namespace VcsDirectory.Api.Caching;

/// <summary>A JSON document as exactly as many UTF-8 bytes as it takes: the documents kept in memory (<see cref="RevalidatedDocuments"/>) and the Open Referral answers.</summary>
/// <remarks>
/// <c>JsonSerializer.SerializeToUtf8Bytes</c> writes into a buffer rented from the shared array pool, doubled as it
/// fills, each smaller one handed back: after the 2.8 MB organisations layer at 10,000 organisations the pool held
/// arrays of 0.5, 1, 2 and 4 MB for good, 7.5 MB of the large object heap (a heap dump after the scale scenarios).
/// Through a pipe the document is in 4 KiB segments on the way and in one array at the end.
/// </remarks>
public static class DocumentBytes
{
    public static byte[] Write(Action<Utf8JsonWriter> write, JsonWriterOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var pipe = new Pipe();
        using (var writer = new Utf8JsonWriter(pipe.Writer, options))
        {
            write(writer);
            if (writer.CurrentDepth != 0)
            {
                throw new InvalidOperationException("The document was left unfinished: an object or array is still open.");
            }
        }

        // Nothing is flushed on the way, so the writer never waits for a reader; completing it hands everything over.
        pipe.Writer.Complete();
        if (!pipe.Reader.TryRead(out var written))
        {
            throw new InvalidOperationException("A completed pipe had nothing to read."); // never: completing the writer commits what it wrote
        }

        var bytes = written.Buffer.ToArray();
        pipe.Reader.AdvanceTo(written.Buffer.End);
        pipe.Reader.Complete();
        return bytes;
    }
}
