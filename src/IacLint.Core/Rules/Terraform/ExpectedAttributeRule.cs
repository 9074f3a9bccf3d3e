using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform;

/// <summary>
/// A <see cref="SettingRule"/> for one attribute judged by a predicate: fires where a known value is not acceptable
/// (saying the value), or where the attribute or a block on its path is missing unless that is safe.
/// </summary>
public abstract class ExpectedAttributeRule : SettingRule
{
    protected abstract string Attribute { get; }

    protected override IReadOnlyList<string> Attributes => [Attribute];

    /// <summary>Whether a known, non-null value is acceptable.</summary>
    protected abstract bool IsSafe(TfValue value);

    /// <summary>Whether leaving the attribute (or a block on its path) unset is acceptable.</summary>
    protected virtual bool UnsetIsSafe => false;

    /// <summary>What the provider does when it is unset, said in the finding (e.g. "default \"optional\"").</summary>
    protected virtual string UnsetMeaning => "no default that satisfies the rule";

    protected override string? WhenMissing(ResourceInstance resource) => UnsetIsSafe ? null : $"is not set ({UnsetMeaning})";

    protected override string? Judge(TfValue value, ResourceInstance resource) => IsSafe(value) ? null : $"= {Show(value)}";

    /// <summary>A short rendering of a (non-secret) value for a message.</summary>
    protected static string Show(TfValue value) => value switch
    {
        TfString s => $"\"{s.Value}\"",
        TfList l => "[" + string.Join(", ", l.Items.Take(5).Select(Show)) + (l.Items.Count > 5 ? ", …" : "") + "]",
        TfObject => "{…}",
        _ => value.ToString() ?? "",
    };
}
