using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>
/// A rule over the <c>allow</c> blocks of enabled <c>google_compute_firewall</c> rules of one direction. When
/// <see cref="InternetOnly"/>, only rules whose source (ingress) or destination (egress) includes the whole internet
/// count; Google uses 0.0.0.0/0 when a rule names no ranges, tags or service accounts.
/// </summary>
public abstract class GoogleFirewallRule : ResourceRule
{
    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_compute_firewall"];

    protected virtual string Direction => "INGRESS";

    protected virtual bool InternetOnly => true;

    /// <summary>What an allow block exposes that this rule is about ("SSH (22)"), or null. <paramref name="ports"/>
    /// is null when the block lists no ports (every port of its protocol).</summary>
    protected abstract string? Exposed(string protocol, IReadOnlyList<(int Low, int High)>? ports);

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var direction = resource.Body.Attribute("direction");
        if (direction is not null && !direction.Value.IsKnown)
        {
            yield return CouldNotEvaluate(resource, direction, "direction", direction.Value);
            yield break;
        }
        var directionText = direction?.Value is TfString d ? d.Value.ToUpperInvariant() : "INGRESS";
        if (directionText != Direction || IsTrue(resource.Body.Attribute("disabled")?.Value)) yield break;

        var rangesName = Direction == "INGRESS" ? "source_ranges" : "destination_ranges";
        var ranges = resource.Body.Attribute(rangesName);
        TfString? open = null;
        var defaultOpen = false;
        if (InternetOnly)
        {
            if (ranges is null || ranges.Value is TfNull)
            {
                var scoped = Direction == "INGRESS" && (resource.Body.Attribute("source_tags") is not null || resource.Body.Attribute("source_service_accounts") is not null);
                if (scoped) yield break;
                defaultOpen = true;
            }
            else
            {
                if (!ranges.Value.IsWhollyKnown)
                {
                    if (Matches(resource, out _)) yield return CouldNotEvaluate(resource, ranges, rangesName, GoogleBlocks.FirstUnknown(ranges.Value));
                    yield break;
                }
                open = GoogleBlocks.Strings(ranges.Value).FirstOrDefault(r => GoogleBlocks.IsWholeInternet(r.Value));
                if (open is null) yield break;
            }
        }

        foreach (var allow in resource.Body.Blocks("allow"))
        {
            var ports = allow.Attribute("ports");
            if (ports is not null && !ports.Value.IsWhollyKnown)
            {
                yield return CouldNotEvaluate(resource, ports, "allow.ports", GoogleBlocks.FirstUnknown(ports.Value));
                continue;
            }
            if (ExposedBy(allow) is not { } exposed) continue;
            if (!InternetOnly)
            {
                yield return Report(resource, ports ?? allow.Attribute("protocol"), $"{resource.Address} allows {exposed}.");
            }
            else if (defaultOpen)
            {
                yield return Report(resource, null, $"{resource.Address} allows the whole internet to reach {exposed}: {rangesName} is not set, so Google uses 0.0.0.0/0.");
            }
            else
            {
                yield return Report(resource, ranges!.Location, open!.Origin ?? ranges.Origin, $"{resource.Address} allows {open.Value} to reach {exposed}.");
            }
            yield break;
        }
    }

    private bool Matches(ResourceInstance resource, out string? exposed)
    {
        exposed = resource.Body.Blocks("allow").Select(ExposedBy).FirstOrDefault(e => e is not null);
        return exposed is not null;
    }

    private string? ExposedBy(BlockView allow)
    {
        var protocol = allow.Get("protocol") is { } p && TfConvert.TryString(p, out var text) ? Protocol(text) : "all";
        var ports = allow.Get("ports");
        if (ports is null || ports is TfNull || ports is TfList { Items.Count: 0 }) return Exposed(protocol, null);
        var parsed = new List<(int, int)>();
        foreach (var item in ports is TfList list ? list.Items : [ports])
        {
            if (!TfConvert.TryString(item, out var range)) continue;
            var parts = range.Split('-', 2);
            if (int.TryParse(parts[0], out var low) && int.TryParse(parts[^1], out var high)) parsed.Add((low, high));
        }
        return Exposed(protocol, parsed);
    }

    private static string Protocol(string text) => text.Trim().ToLowerInvariant() switch
    {
        "6" => "tcp",
        "17" => "udp",
        "132" => "sctp",
        "1" => "icmp",
        var name => name,
    };

    /// <summary>Whether an allow block's ports (null: none listed) cover every port.</summary>
    protected static bool CoversAllPorts(IReadOnlyList<(int Low, int High)>? ports) => ports is null || ports.Any(r => r.Low <= 1 && r.High >= 65535);

    /// <summary>Whether a TCP port is reachable through an allow block (all protocols include TCP).</summary>
    protected static bool AllowsTcpPort(string protocol, IReadOnlyList<(int Low, int High)>? ports, int port) =>
        protocol is "tcp" or "all" && (ports is null || ports.Any(r => r.Low <= port && port <= r.High));

    protected static string Describe(string protocol, IReadOnlyList<(int Low, int High)>? ports) =>
        protocol is "all" ? "every protocol and port"
        : ports is null ? (protocol is "tcp" or "udp" or "sctp" ? $"every {protocol} port" : protocol)
        : $"{protocol} {string.Join(", ", ports.Select(r => r.Low == r.High ? $"{r.Low}" : $"{r.Low}-{r.High}"))}";
}
