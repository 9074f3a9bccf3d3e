using System.Globalization;
using IacLint.Discovery;
using IacLint.Environments;
using IacLint.Findings;
using IacLint.Rules;
using IacLint.Rules.Drift;

namespace IacLint.Drift;

/// <summary>The outcome of comparing environments: every difference (also the expected ones) and its findings.</summary>
/// <param name="Environments">Every environment found (normalised names), compared or not.</param>
/// <param name="Compared">Elements of the compared environments (each compared with its counterpart or found missing).</param>
public sealed record DriftResult(IReadOnlyList<DriftDifference> Differences, IReadOnlyList<(string From, string To)> Pairs,
    IReadOnlyList<string>? Environments = null, int Compared = 0)
{
    public IReadOnlyList<string> EnvironmentNames => Environments ?? [];
}

/// <summary>
/// Compares environments pairwise (staging → production by default, or a declared chain) element by element, by
/// identity: what is missing, what is only in the later environment, values and versions that differ, and rules that
/// pass in the earlier environment but fail in the later. Declared expected differences stay quiet. Secret values
/// are masked in everything it produces.
/// </summary>
public static class DriftAnalyzer
{
    public static readonly DriftMissingInProduction Missing = new();
    public static readonly DriftOnlyInProduction OnlyInLater = new();
    public static readonly DriftProductionWeaker Weaker = new();
    public static readonly DriftVersionSkew VersionSkew = new();
    public static readonly DriftValueDiffers ValueDiffers = new();

    public const string Masked = "(secret, not shown)";

    public static (DriftResult Result, IReadOnlyList<Finding> Findings) Analyze(
        IReadOnlyDictionary<string, EnvironmentSnapshot> snapshots,
        IReadOnlyList<string> chain,
        IReadOnlyList<string> expected,
        IReadOnlyList<Finding> ruleFindings,
        EnvironmentNames? names = null)
    {
        var pairs = new List<(string, string)>();
        for (var i = 0; i + 1 < chain.Count; i++)
        {
            if (snapshots.ContainsKey(chain[i]) && snapshots.ContainsKey(chain[i + 1])) pairs.Add((chain[i], chain[i + 1]));
        }
        var globs = expected.Select(e => Glob.Parse(e, ignoreCase: true)).ToList();
        var differences = new List<DriftDifference>();
        var findings = new List<Finding>();
        foreach (var (from, to) in pairs)
        {
            var earlier = snapshots[from];
            var later = snapshots[to];
            foreach (var (key, element) in earlier.Elements.OrderBy(e => e.Key.Family).ThenBy(e => e.Key.Group, StringComparer.Ordinal).ThenBy(e => e.Key.Key, StringComparer.Ordinal))
            {
                if (!later.GroupLocations.ContainsKey((key.Family, key.Group))) continue; // the group is not deployed there at all
                if (later.Elements.TryGetValue(key, out var counterpart))
                {
                    if (element.Kind == DriftValueKind.Presence || element.Value == counterpart.Value) continue;
                    var expectedDifference = IsExpected(globs, element);
                    var (fromValue, toValue) = (Quote(element), Quote(counterpart));
                    if (element.Kind == DriftValueKind.Version && !element.IsSecret)
                    {
                        var order = CompareVersions(element.Value!, counterpart.Value!);
                        var detail = order switch
                        {
                            < 0 => $"production is ahead: {Display(element)} is {fromValue} in {from} and {toValue} in {to}, which never ran in {from}",
                            > 0 => $"{to} is behind: {Display(element)} is {fromValue} in {from} and {toValue} in {to}",
                            _ => $"{Display(element)} is {fromValue} in {from} and {toValue} in {to}",
                        };
                        differences.Add(new DriftDifference(DriftKind.VersionSkew, key.Family, key.Group, Display(element), from, to, element, counterpart, Show(element), Show(counterpart), expectedDifference, detail));
                        if (!expectedDifference)
                        {
                            var finding = Report(VersionSkew, counterpart, element, from, to, $"Version skew: {detail} (see [{from}](1)).");
                            findings.Add(order < 0 ? finding : finding with { Level = Level.Note });
                        }
                        continue;
                    }
                    // orders-staging against orders-production: each environment naming itself is the intended difference.
                    expectedDifference = expectedDifference || (!element.IsSecret && !counterpart.IsSecret &&
                        DiffersOnlyByEnvironmentName(element.Value!, counterpart.Value!, from, to, names ?? EnvironmentNames.Default));
                    var text = element.IsSecret || counterpart.IsSecret
                        ? $"{Display(element)} differs between {from} and {to} (the values are secret and not shown)"
                        : $"{Display(element)} is {fromValue} in {from} but {toValue} in {to}";
                    differences.Add(new DriftDifference(DriftKind.ValueDiffers, key.Family, key.Group, Display(element), from, to, element, counterpart, Show(element), Show(counterpart), expectedDifference, text));
                    if (!expectedDifference) findings.Add(Report(ValueDiffers, counterpart, element, from, to, $"{text} (see [{from}](1))."));
                }
                else if (!ParentMissing(element, later, key))
                {
                    var expectedDifference = IsExpected(globs, element);
                    var text = $"{Describe(element)} is in {from} but missing in {to}";
                    differences.Add(new DriftDifference(DriftKind.MissingInLater, key.Family, key.Group, Display(element), from, to, element, null, Show(element), null, expectedDifference, text));
                    if (!expectedDifference)
                    {
                        findings.Add(new Finding(Missing.Descriptor, Missing.Descriptor.DefaultLevel, $"{text} (see [{from}](1)).",
                            later.GroupLocations[(key.Family, key.Group)], new LogicalLocation(element.Owner, LogicalKind(element.Family)),
                            [new RelatedLocation(element.Location, $"in {from}")], to));
                    }
                }
            }
            foreach (var (key, element) in later.Elements.OrderBy(e => e.Key.Family).ThenBy(e => e.Key.Group, StringComparer.Ordinal).ThenBy(e => e.Key.Key, StringComparer.Ordinal))
            {
                if (earlier.Elements.ContainsKey(key) || !earlier.GroupLocations.ContainsKey((key.Family, key.Group)) || ParentMissing(element, earlier, key)) continue;
                var expectedDifference = IsExpected(globs, element);
                var text = $"{Describe(element)} is in {to} only, not in {from}";
                differences.Add(new DriftDifference(DriftKind.OnlyInLater, key.Family, key.Group, Display(element), from, to, null, element, null, Show(element), expectedDifference, text));
                if (!expectedDifference)
                {
                    findings.Add(new Finding(OnlyInLater.Descriptor, OnlyInLater.Descriptor.DefaultLevel, $"{text} (see [{from}](1)).",
                        element.Location, new LogicalLocation(element.Owner, LogicalKind(element.Family)),
                        [new RelatedLocation(earlier.GroupLocations[(key.Family, key.Group)], $"{from} has no counterpart")], to));
                }
            }
            var weakened = WeakerFindings(ruleFindings, earlier, later, from, to, differences, globs).ToList();
            // Where a rule already says production is weaker, the plain value difference at the same place adds nothing.
            var weakenedAt = weakened.Select(w => (w.Location.Path, w.Location.Span.StartLine)).ToHashSet();
            findings.RemoveAll(f => f.Rule.Id == ValueDiffers.Descriptor.Id && weakenedAt.Contains((f.Location.Path, f.Location.Span.StartLine)));
            findings.AddRange(weakened);
        }
        var compared = pairs.SelectMany(p => new[] { p.Item1, p.Item2 }).Distinct(StringComparer.Ordinal).Sum(e => snapshots[e].Elements.Count);
        var environments = snapshots.Keys.Order(StringComparer.Ordinal).ToList();
        return (new DriftResult(differences, pairs, environments, compared), findings);
    }

    /// <summary>A rule that fails on an element in the later environment and not on its counterpart in the earlier.</summary>
    private static IEnumerable<Finding> WeakerFindings(IReadOnlyList<Finding> ruleFindings, EnvironmentSnapshot earlier, EnvironmentSnapshot later,
        string from, string to, List<DriftDifference> differences, List<Glob> globs)
    {
        // A finding names its owner, not the family of the element that owns it: owners are looked up by name, within
        // the finding's own configuration group where it has one (a Terraform root), else across groups.
        // Many elements (every attribute of a resource) share an owner: its keys are made once.
        var earlierOwners = new Dictionary<string, DriftElement>(StringComparer.Ordinal);
        var ownersDone = new HashSet<(string Group, string Owner)>();
        foreach (var element in earlier.Elements.Values)
        {
            if (!ownersDone.Add((element.Group, element.Owner))) continue;
            var owner = Normalize(element.Owner);
            earlierOwners.TryAdd(owner, element);
            earlierOwners.TryAdd(element.Group + "\n" + owner, element);
        }
        var laterOwners = new HashSet<string>(StringComparer.Ordinal);
        ownersDone.Clear();
        foreach (var element in later.Elements.Values)
        {
            if (!ownersDone.Add((element.Group, element.Owner))) continue;
            var owner = Normalize(element.Owner);
            laterOwners.Add(owner);
            laterOwners.Add(element.Group + "\n" + owner);
        }
        string Key(Finding f, EnvironmentSnapshot snapshot)
        {
            var owner = Normalize(f.LogicalLocation!.FullyQualifiedName);
            return f.Scope is not null && snapshot.ScopeGroups.TryGetValue(f.Scope, out var group) ? group + "\n" + owner : owner;
        }
        var failingEarlier = ruleFindings.Where(f => f.Environment == from && f.LogicalLocation is not null && !f.IsSuppressed)
            .Select(f => (f.Rule.Id, Owner: Key(f, earlier))).ToHashSet();
        var seen = new HashSet<(string, string)>();
        // Rules that only look at production say nothing about staging, so they cannot show production being weaker.
        foreach (var finding in ruleFindings.Where(f => f.Environment == to && f.LogicalLocation is not null && f.Level >= Level.Warning && !f.IsSuppressed &&
                                                        !f.Rule.Tags.Contains("production")))
        {
            var owner = Key(finding, later);
            if (!earlierOwners.TryGetValue(owner, out var counterpart) || !laterOwners.Contains(owner) ||
                failingEarlier.Contains((finding.Rule.Id, owner)) || !seen.Add((finding.Rule.Id, owner))) continue;
            // The diff table already names the element and both environments; the detail says which check and why.
            var text = $"{finding.Rule.Id} {finding.Rule.Title}: {Reporting.MessageText.Plain(finding.Message)}";
            var expectedDifference = IsExpected(globs, counterpart);
            differences.Add(new DriftDifference(DriftKind.Weaker, counterpart.Family, counterpart.Group, finding.LogicalLocation!.FullyQualifiedName, from, to, counterpart, null, null, null, expectedDifference, text));
            if (expectedDifference) continue;
            yield return new Finding(Weaker.Descriptor, Weaker.Descriptor.DefaultLevel,
                $"{finding.Rule.Id} ({finding.Rule.Title}) fails in {to} but passes in [{from}](1): {Reporting.MessageText.Plain(finding.Message)}",
                finding.Location, finding.LogicalLocation, [new RelatedLocation(counterpart.Location, $"the {from} counterpart passes {finding.Rule.Id}")], to);
        }
    }

    /// <summary>Owners compare across environments without namespaces (Kind/namespace/name → Kind/name).</summary>
    private static string Normalize(string owner)
    {
        var first = owner.IndexOf('/');
        var second = first < 0 ? -1 : owner.IndexOf('/', first + 1);
        if (second < 0 || owner.IndexOf('/', second + 1) >= 0) return owner;
        return string.Concat(owner.AsSpan(0, first + 1), owner.AsSpan(second + 1));
    }

    /// <summary>An attribute of a resource, or a field of an object or of a named list item (container, env var),
    /// whose owner is missing is covered by the owner's finding.</summary>
    private static bool ParentMissing(DriftElement element, EnvironmentSnapshot other, (DriftFamily Family, string Group, string Key) key)
    {
        if (element.Family is DriftFamily.AppSettings or DriftFamily.Config) return false;
        if (element.Family == DriftFamily.Terragrunt)
        {
            // unit:inputs.name.inner → the unit (its group), then the input itself.
            if (key.Key == key.Group) return false;
            if (!other.Elements.ContainsKey((key.Family, key.Group, key.Group))) return true;
            var input = Snapshots.TerragruntInputKey(key.Key);
            return input is not null && input != key.Key && !other.Elements.ContainsKey((key.Family, key.Group, input));
        }
        if (element.Family == DriftFamily.Terraform)
        {
            return element.Kind != DriftValueKind.Presence && !other.Elements.ContainsKey((key.Family, key.Group, element.Owner));
        }
        var colon = key.Key.IndexOf(':');
        if (colon <= 0) return false; // the object itself
        if (!other.Elements.ContainsKey((key.Family, key.Group, key.Key[..colon]))) return true;
        for (var end = key.Key.IndexOf(']', colon); end >= 0 && end < key.Key.Length - 1; end = key.Key.IndexOf(']', end + 1))
        {
            var item = key.Key[..(end + 1)];
            if (!other.Elements.ContainsKey((key.Family, key.Group, item))) return true;
        }
        return false;
    }

    private static Finding Report(IRule rule, DriftElement later, DriftElement earlier, string from, string to, string message) =>
        new(rule.Descriptor, rule.Descriptor.DefaultLevel, message, later.Location, new LogicalLocation(Display(later), LogicalKind(later.Family)),
            [new RelatedLocation(earlier.Location, $"in {from}")], to);

    private static bool IsExpected(List<Glob> globs, DriftElement element)
    {
        var key = Display(element);
        var shortKey = element.Family == DriftFamily.Terraform ? StripModules(key) : key;
        return globs.Any(g => g.IsMatch(key) || g.IsMatch(shortKey));
    }

    private static string StripModules(string address)
    {
        var parts = address.Split('.').ToList();
        while (parts.Count > 2 && parts[0].StartsWith("module", StringComparison.Ordinal)) parts.RemoveRange(0, 2);
        return string.Join('.', parts);
    }

    private static string Display(DriftElement element) => element.Family == DriftFamily.AppSettings ? element.Owner : element.Key;

    private static string Describe(DriftElement element) => element.Family switch
    {
        DriftFamily.AppSettings => $"'{element.Owner}' ({element.Group})",
        DriftFamily.Config => $"'{element.Key}' ({element.Group})",
        _ => element.Kind == DriftValueKind.Presence ? element.Key : $"'{element.Key}'",
    };

    /// <summary>Whether two values are the same once each environment's own name (or an alias of it) is taken out:
    /// <c>orders-staging</c> and <c>orders-prod</c>, <c>https://staging.example.com</c> and <c>https://example.com</c>
    /// are not.</summary>
    public static bool DiffersOnlyByEnvironmentName(string earlier, string later, string from, string to, EnvironmentNames names)
    {
        const string Marker = "\u0000";
        foreach (var a in names.Spellings(from))
        {
            if (earlier.IndexOf(a, StringComparison.OrdinalIgnoreCase) < 0) continue;
            var earlierMarked = earlier.Replace(a, Marker, StringComparison.OrdinalIgnoreCase);
            foreach (var b in names.Spellings(to))
            {
                if (later.IndexOf(b, StringComparison.OrdinalIgnoreCase) < 0) continue;
                if (string.Equals(earlierMarked, later.Replace(b, Marker, StringComparison.OrdinalIgnoreCase), StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    /// <summary>The value as a table shows it (masked when secret; null for an element that has no value of its own).</summary>
    private static string? Show(DriftElement element) => element.IsSecret ? Masked : element.Value;

    /// <summary>The value as a message quotes it.</summary>
    private static string Quote(DriftElement element) => element.IsSecret ? Masked : $"'{element.Value}'";

    /// <summary>The rule that reports a kind of difference (its level is the difference's level).</summary>
    public static IRule RuleFor(DriftDifference difference) => difference.Kind switch
    {
        DriftKind.Weaker => Weaker,
        DriftKind.MissingInLater => Missing,
        DriftKind.OnlyInLater => OnlyInLater,
        DriftKind.VersionSkew => VersionSkew,
        _ => ValueDiffers,
    };

    private static string LogicalKind(DriftFamily family) => family switch
    {
        DriftFamily.Terraform => "resource",
        DriftFamily.Kubernetes => "object",
        DriftFamily.Terragrunt => "module",
        _ => "property",
    };

    /// <summary>Negative when <paramref name="earlier"/> is older than <paramref name="later"/>, by numeric components
    /// (1.9.0 &lt; 1.10.0; a pre-release sorts before its release); 0 when they cannot be ordered.</summary>
    public static int CompareVersions(string earlier, string later)
    {
        static (List<long> Numbers, string Suffix)? Parse(string version)
        {
            var text = version.TrimStart('v', 'V', '~', '>', '=', '<', '^', ' ');
            var colon = text.LastIndexOf(':');
            if (colon >= 0 && !text.Contains('/', StringComparison.Ordinal)) text = text[(colon + 1)..];
            else if (colon > text.LastIndexOf('/')) text = text[(colon + 1)..];
            text = text.TrimStart('v', 'V');
            var dash = text.IndexOf('-');
            var core = dash < 0 ? text : text[..dash];
            var numbers = new List<long>();
            foreach (var part in core.Split('.'))
            {
                if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
                numbers.Add(n);
            }
            return (numbers, dash < 0 ? "" : text[(dash + 1)..]);
        }
        var a = Parse(earlier);
        var b = Parse(later);
        if (a is null || b is null) return 0;
        for (var i = 0; i < Math.Max(a.Value.Numbers.Count, b.Value.Numbers.Count); i++)
        {
            var x = i < a.Value.Numbers.Count ? a.Value.Numbers[i] : 0;
            var y = i < b.Value.Numbers.Count ? b.Value.Numbers[i] : 0;
            if (x != y) return x < y ? -1 : 1;
        }
        if (a.Value.Suffix == b.Value.Suffix) return 0;
        if (a.Value.Suffix.Length == 0) return 1;
        if (b.Value.Suffix.Length == 0) return -1;
        return string.CompareOrdinal(a.Value.Suffix, b.Value.Suffix) < 0 ? -1 : 1;
    }
}
