using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>Address ranges and port ranges of security group and network ACL rules.</summary>
internal static class NetworkRanges
{
    /// <summary>The first range of a CIDR attribute (a string or a list) that is the whole internet, or null.</summary>
    public static TfString? WholeInternet(TfValue? cidrs) =>
        (cidrs is TfList list ? list.Items : cidrs is null ? [] : [cidrs]).OfType<TfString>().FirstOrDefault(r => r.Value is "0.0.0.0/0" or "::/0");

    /// <summary>Whether a protocol value means every protocol (and so every port).</summary>
    public static bool AllProtocols(TfValue? protocol) =>
        protocol is TfString { Value: "-1" or "all" } || protocol is TfNumber { Value: -1 };

    /// <summary>Whether the port range from..to includes the port (unknown or missing bounds do not).</summary>
    public static bool Includes(TfValue? from, TfValue? to, int port) =>
        from is not null && to is not null && TfConvert.TryNumber(from, out var low) && TfConvert.TryNumber(to, out var high) && low <= port && port <= high;

    /// <summary>The CIDR attributes of a rule: the IPv4 one, then the IPv6 one, whichever are set.</summary>
    public static IEnumerable<EvaluatedAttribute> Cidrs(BlockView rule, string ipv4, string ipv6) =>
        new[] { rule.Attribute(ipv4), rule.Attribute(ipv6) }.Where(a => a is not null)!;
}
