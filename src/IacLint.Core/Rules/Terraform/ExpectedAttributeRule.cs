using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform;

/// <summary>
/// A rule that wants one attribute, possibly inside nested blocks (<c>metadata_options.http_tokens</c>), to hold an
/// acceptable value: fires where it holds another, or is left unset (or its block is missing) when the provider's
/// default is not acceptable; notes when the value is unknown. <see cref="ExpectedBoolRule"/> is the bool case.
/// </summary>
public abstract class ExpectedAttributeRule : ResourceRule
{
    /// <summary>The nested blocks leading to the attribute, outermost first; empty for a top-level attribute.</summary>
    protected virtual IReadOnlyList<string> BlockPath => [];

    protected abstract string Attribute { get; }

    /// <summary>Whether a known, non-null value is acceptable.</summary>
    protected abstract bool IsSafe(TfValue value);

    /// <summary>Whether leaving the attribute (or a block on its path) unset is acceptable.</summary>
    protected virtual bool UnsetIsSafe => false;

    /// <summary>Whether a value known only after apply is acceptable (a key ARN, a log group ARN: set is what counts).</summary>
    protected virtual bool UnknownIsSafe => false;

    /// <summary>What the provider does when it is unset, said in the finding (e.g. "default \"optional\"").</summary>
    protected virtual string UnsetMeaning => "no default that satisfies the rule";

    /// <summary>The sentence a finding says after the address, e.g. "does not require IMDSv2 session tokens".</summary>
    protected abstract string Problem { get; }

    protected virtual bool Applies(ResourceInstance resource, TerraformConfiguration configuration) => true;

    private string PathText => string.Join(".", BlockPath.Append(Attribute));

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (!Applies(resource, configuration)) yield break;
        IEnumerable<BlockView> blocks = [new BlockView(resource.Body, resource.Body.Span, null)];
        foreach (var type in BlockPath)
        {
            var nested = blocks.SelectMany(b => b.Blocks(type)).ToList();
            if (nested.Count == 0)
            {
                if (!UnsetIsSafe) yield return Report(resource, null, $"{resource.Address} {Problem}: {type} is not set ({UnsetMeaning}).");
                yield break;
            }
            blocks = nested;
        }
        foreach (var block in blocks)
        {
            var attribute = block.Attribute(Attribute);
            if (attribute is null || attribute.Value is TfNull)
            {
                if (UnsetIsSafe) continue;
                var at = BlockPath.Count == 0 ? null : new Location(resource.Definition.File.Path, block.Span);
                yield return Report(resource, attribute?.Location ?? at, attribute?.Origin, $"{resource.Address} {Problem}: {PathText} is not set ({UnsetMeaning}).");
            }
            else if (!attribute.Value.IsWhollyKnown)
            {
                if (UnknownIsSafe) continue;
                yield return CouldNotEvaluate(resource, attribute, PathText, attribute.Value);
            }
            else if (!IsSafe(attribute.Value))
            {
                yield return Report(resource, attribute, $"{resource.Address} {Problem}: {PathText} = {Show(attribute.Value)}.");
            }
        }
    }

    /// <summary>A short rendering of a (non-secret) value for a message.</summary>
    protected static string Show(TfValue value) => value switch
    {
        TfString s => $"\"{s.Value}\"",
        TfList l => "[" + string.Join(", ", l.Items.Take(5).Select(Show)) + (l.Items.Count > 5 ? ", …" : "") + "]",
        TfObject => "{…}",
        _ => value.ToString() ?? "",
    };
}
