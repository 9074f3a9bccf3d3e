using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace IacLint.Findings;

/// <summary>
/// Stable identities for findings, used as SARIF <c>partialFingerprints</c> and for baselines. Built from the rule,
/// the file, the environment and the logical location (or the message when there is none), never from line numbers
/// or values, so they survive inserted lines and leak nothing. Identical keys are numbered in file order. A place that
/// several configurations share (a module's resource, a Kustomize base's object) is identified by the place itself,
/// so its fingerprint stays when an instance is added or removed.
/// </summary>
public static class Fingerprints
{
    public const string Key = "iaclint/v1";

    public static IReadOnlyList<Finding> Assign(IReadOnlyList<Finding> sortedFindings)
    {
        // The hashes on both cores; numbering repeats needs the sorted order, so it is done after, in turn.
        var hashes = new string[sortedFindings.Count];
        Parallel.For(0, sortedFindings.Count, i =>
        {
            var finding = sortedFindings[i];
            var identity = finding.Scope is not null || finding.Instances is not null
                ? string.Join('\u001f', finding.Rule.Id, finding.Location.Path, "place", PlaceMerger.PlaceName(finding))
                : string.Join('\u001f',
                    finding.Rule.Id,
                    finding.Location.Path,
                    finding.Environment ?? "",
                    finding.LogicalLocation?.FullyQualifiedName ?? finding.Message);
            hashes[i] = Hash(identity);
        });
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Finding>(sortedFindings.Count);
        for (var i = 0; i < sortedFindings.Count; i++)
        {
            var finding = sortedFindings[i];
            var hash = hashes[i];
            var count = occurrences.TryGetValue(hash, out var seen) ? seen + 1 : 1;
            occurrences[hash] = count;
            result.Add(finding with { Fingerprint = count == 1 ? hash : $"{hash}:{count}" });
        }
        return result;
    }

    /// <summary>The first 128 bits of the identity's SHA-256 in hexadecimal, made without the intermediate arrays
    /// and strings (UTF-8 bytes, the hash, its 64 digits) that were allocated for every finding.</summary>
    private static string Hash(string identity)
    {
        const int OnStack = 1024;
        var maxLength = Encoding.UTF8.GetMaxByteCount(identity.Length);
        byte[]? rented = null;
        var bytes = maxLength <= OnStack ? stackalloc byte[OnStack] : (rented = ArrayPool<byte>.Shared.Rent(maxLength));
        var written = Encoding.UTF8.GetBytes(identity, bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..written], hash);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
