namespace IacLint.Findings;

/// <summary>One configuration in which a merged finding's place was found failing.</summary>
public sealed record FindingInstance(string Message, Level Level, LogicalLocation? LogicalLocation, string? Environment, string? Scope);

/// <summary>
/// One result per place: a module file instantiated from 17 root modules, or a Kustomize base built by four overlays,
/// fails at one source range once per instance. Code scanning would show each as its own alert, so the results of
/// one rule at one range are merged into one that names its instances, keeps every instance's related locations
/// (module call sites, overlays, the tfvars line that set a value) and lists them all in <see cref="Finding.Instances"/>.
/// </summary>
public static class PlaceMerger
{
    private const int ListedInMessage = 10;

    /// <summary>Merges findings of one rule about elements at one range (and one suppression state); keeps the given order.</summary>
    public static IReadOnlyList<Finding> Merge(IReadOnlyList<Finding> findings)
    {
        // A place found once (nearly all) stays a lone finding; a List is made when a second instance comes.
        var groups = new Dictionary<(string Rule, string Path, int Start, int End, bool Suppressed), int>();
        var order = new List<(Finding First, List<Finding>? Group)>(findings.Count);
        foreach (var finding in findings)
        {
            // Only findings about an element (a resource, an object) are instances of a place; engine notes that share
            // a file's first line are different problems.
            if (finding.LogicalLocation is null)
            {
                order.Add((finding, null));
                continue;
            }
            var key = (finding.Rule.Id, finding.Location.Path, finding.Location.Span.StartOffset, finding.Location.Span.EndOffset, finding.IsSuppressed);
            if (!groups.TryGetValue(key, out var index))
            {
                groups[key] = order.Count;
                order.Add((finding, null));
                continue;
            }
            var (first, group) = order[index];
            if (group is null) order[index] = (first, group = [first]);
            group.Add(finding);
        }
        // Combining builds messages and lists for each instance: the groups are combined on both cores.
        var merged = new Finding[order.Count];
        Parallel.For(0, order.Count, i => merged[i] = order[i].Group is { } group ? Combine(group) : order[i].First);
        return merged;
    }

    /// <summary>What a place is independently of which instances fail there: a resource's address inside its module
    /// (<c>aws_s3_bucket.logs</c> for <c>module.a.aws_s3_bucket.logs</c>), an object without its namespace.</summary>
    public static string PlaceName(Finding finding) =>
        finding.Instances is { Count: > 0 } instances
            ? instances.Select(i => PlaceName(i.LogicalLocation, i.Scope, i.Message)).Min(StringComparer.Ordinal)!
            : PlaceName(finding.LogicalLocation, finding.Scope, finding.Message);

    private static string PlaceName(LogicalLocation? logical, string? scope, string message)
    {
        var name = logical?.FullyQualifiedName;
        if (name is null) return message;
        if (scope is not null)
        {
            // module.a["x"].module.b.aws_s3_bucket.logs[0] → aws_s3_bucket.logs
            var last = name.LastIndexOf("module.", StringComparison.Ordinal);
            if (last >= 0 && name.IndexOf('.', last + "module.".Length) is var dot and > 0) name = name[(dot + 1)..];
            var bracket = name.IndexOf('[');
            return bracket > 0 ? name[..bracket] : name;
        }
        var parts = name.Split('/');
        return parts.Length == 3 ? $"{parts[0]}/{parts[2]}" : name;
    }

    private static Finding Combine(List<Finding> group)
    {
        var first = group[0];
        var level = group.Max(f => f.Level);
        var levelsDiffer = group.Any(f => f.Level != level);
        var labels = group.Select(f => Label(f, levelsDiffer)).Distinct(StringComparer.Ordinal).ToList();
        var listed = string.Join("; ", labels.Take(ListedInMessage));
        if (labels.Count > ListedInMessage) listed += $"; and {labels.Count - ListedInMessage} more";
        var message = first.Message;
        if (first.Scope is { Length: > 0 } scope)
        {
            // The scope is named per instance below: a root module, or a Terragrunt unit that deploys the module.
            message = message.Replace($" (root module {scope})", "", StringComparison.Ordinal).Replace($" (Terragrunt unit {scope})", "", StringComparison.Ordinal);
        }
        message = $"{message.TrimEnd()} Found in {group.Count} instances of this place: {listed}.";

        var related = new List<RelatedLocation>();
        var seen = new HashSet<RelatedLocation>();
        foreach (var location in group.SelectMany(f => f.RelatedLocations))
        {
            if (seen.Add(location)) related.Add(location);
        }
        var environments = group.Select(f => f.Environment).Distinct().ToList();
        var scopes = group.Select(f => f.Scope).Distinct().ToList();
        return first with
        {
            Level = level,
            Message = message,
            Related = related,
            Environment = environments.Count == 1 ? environments[0] : null,
            Scope = scopes.Count == 1 ? scopes[0] : null,
            Instances = group.Select(f => new FindingInstance(f.Message, f.Level, f.LogicalLocation, f.Environment, f.Scope)).ToList(),
        };
    }

    private static string Label(Finding finding, bool withLevel)
    {
        var label = finding.LogicalLocation?.FullyQualifiedName ?? finding.Location.Path;
        var where = new List<string>();
        if (finding.Scope is { Length: > 0 } scope) where.Add("root module " + scope);
        // The environment is said only where the root module's folder does not already say it.
        if (finding.Environment is { } environment && !(finding.Scope?.Contains(environment, StringComparison.OrdinalIgnoreCase) ?? false)) where.Add(environment);
        if (withLevel) where.Add(finding.Level.ToName());
        return where.Count == 0 ? label : $"{label} ({string.Join(", ", where)})";
    }
}
