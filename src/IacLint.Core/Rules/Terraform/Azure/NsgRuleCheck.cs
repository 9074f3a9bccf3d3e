using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>
/// A rule over network security rules: each <c>azurerm_network_security_rule</c> and each inline
/// <c>security_rule</c> of an <c>azurerm_network_security_group</c> (written out or dynamic).
/// </summary>
public abstract class NsgRuleCheck : ResourceRule
{
    private static readonly HashSet<string> AnyAddress = new(StringComparer.OrdinalIgnoreCase) { "*", "0.0.0.0/0", "0.0.0.0", "internet", "any", "::/0" };

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["azurerm_network_security_rule", "azurerm_network_security_group"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Type == "azurerm_network_security_rule")
        {
            if (Evaluate(resource, resource.Body.Attribute) is { } finding) yield return finding;
            yield break;
        }
        foreach (var rule in resource.Body.Blocks("security_rule"))
        {
            if (Evaluate(resource, rule.Attribute) is { } finding) yield return finding;
        }
    }

    /// <summary>One security rule, read through <paramref name="get"/>; a finding or null.</summary>
    protected abstract Finding? Evaluate(ResourceInstance resource, Func<string, EvaluatedAttribute?> get);

    protected static bool Is(TfValue? value, string expected) => value is TfString s && s.Value.Equals(expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>The rule's address attribute (<c>source</c> or <c>destination</c>) when it is the whole internet:
    /// the attribute and the matching prefix; a note when the prefix is unknown; null otherwise.</summary>
    protected (EvaluatedAttribute Attribute, TfString Prefix)? AnyAddressOf(Func<string, EvaluatedAttribute?> get, string side)
    {
        var attribute = get($"{side}_address_prefix") ?? get($"{side}_address_prefixes");
        if (attribute is null || !attribute.Value.IsWhollyKnown) return null;
        var prefixes = attribute.Value is TfList list ? list.Items : [attribute.Value];
        var open = prefixes.OfType<TfString>().FirstOrDefault(s => AnyAddress.Contains(s.Value));
        return open is null ? null : (attribute, open);
    }

    /// <summary>A note when the address attribute of that side is not known before apply, else null.</summary>
    protected Finding? UnknownAddress(ResourceInstance resource, Func<string, EvaluatedAttribute?> get, string side)
    {
        var attribute = get($"{side}_address_prefix") ?? get($"{side}_address_prefixes");
        return attribute is not null && !attribute.Value.IsWhollyKnown ? CouldNotEvaluate(resource, attribute, $"the {side} address", attribute.Value) : null;
    }

    /// <summary>Whether ports mean anything for the rule's protocol: TCP, UDP or any (not ICMP, ESP, AH).</summary>
    protected static bool CarriesPorts(Func<string, EvaluatedAttribute?> get) =>
        get("protocol")?.Value is not TfString protocol || protocol.Value.ToLowerInvariant() is "tcp" or "udp" or "*" or "any";

    /// <summary>The destination port ranges as written ("22", "1000-2000", "*"); null when unknown.</summary>
    protected static IReadOnlyList<string>? PortRanges(EvaluatedAttribute ports)
    {
        if (!ports.Value.IsWhollyKnown) return null;
        return (ports.Value is TfList list ? list.Items : [ports.Value]).Select(p => p is TfNumber n ? n.ToString() : p is TfString s ? s.Value : "").ToList();
    }

    protected static bool IsAllPorts(string range) => range is "*" or "0-65535" or "1-65535";

    protected static bool Covers(string range, int port)
    {
        if (IsAllPorts(range)) return true;
        var dash = range.IndexOf('-');
        if (dash < 0) return int.TryParse(range, out var single) && single == port;
        return int.TryParse(range[..dash], out var low) && int.TryParse(range[(dash + 1)..], out var high) && low <= port && port <= high;
    }
}
