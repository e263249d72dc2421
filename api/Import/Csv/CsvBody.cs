namespace VcsDirectory.Api.Import.Csv;

/// <summary>Reads a request's body up to <see cref="CsvLimits.MaxBytes"/>: a larger one is refused by its declared length, or as soon as it passes the limit.</summary>
public static class CsvBody
{
    /// <summary>The body; null when it is larger than the limit.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > CsvLimits.MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > CsvLimits.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
