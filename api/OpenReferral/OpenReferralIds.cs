using System.Security.Cryptography;
using System.Text;

namespace VcsDirectory.Api.OpenReferral;

/// <summary>
/// The UUIDs Open Referral documents carry: name-based UUIDv5 (RFC 9562 §5.5) in the directory's own namespace, of
/// <c>"{kind}/{key}"</c>, so a record keeps its UUID across restarts and instances without storing one.
/// </summary>
/// <remarks>
/// Keys: the database id for services, organisations and centres (ids are never reused); the code for taxonomy terms
/// and wards (stable across re-imports); parts joined with '/' for records that belong to another (a service's
/// schedule "service/12/schedule/TUESDAY 10:00-13:00"). A UUID cannot be read back into its key, so an id in a URL is
/// found by computing the candidates' UUIDs (a few thousand hashes: microseconds each).
/// </remarks>
public static class OpenReferralIds
{
    /// <summary>This directory's namespace: UUIDv5 of "https://vcsdirectory.poole/openreferral" in the URL namespace.</summary>
    public static readonly Guid Namespace = V5(new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "https://vcsdirectory.poole/openreferral");

    public static string Of(string kind, params object[] key) =>
        V5(Namespace, kind + "/" + string.Join('/', key.Select(k => Convert.ToString(k, System.Globalization.CultureInfo.InvariantCulture)))).ToString();

    public static string Service(int id) => Of("service", id);

    public static string Organisation(int id) => Of("organization", id);

    public static string Location(int centreId) => Of("location", centreId);

    public static string ServiceAtLocation(int serviceId, int centreId) => Of("service_at_location", serviceId, centreId);

    public static string TaxonomyTerm(string code) => Of("taxonomy_term", code);

    /// <summary>RFC 9562 §5.5: SHA-1 of the namespace's bytes then the name's, with the version and variant bits set.</summary>
    public static Guid V5(Guid space, string name)
    {
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        space.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
#pragma warning disable CA5350 // SHA-1 is what UUIDv5 is defined with; it names, it does not protect.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
