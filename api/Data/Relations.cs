namespace VcsDirectory.Api.Data;

public static class Relations
{
    /// <summary>Makes a many-to-many list hold exactly the wanted items, touching only the differences.</summary>
    public static void Replace<T>(List<T> current, List<T> wanted)
        where T : class
    {
        current.RemoveAll(item => !wanted.Contains(item));
        current.AddRange(wanted.Where(item => !current.Contains(item)));
    }
}
