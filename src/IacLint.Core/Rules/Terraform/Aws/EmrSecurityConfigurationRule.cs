using IacLint.Terraform.Functions;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>
/// A rule on the <c>EncryptionConfiguration</c> of an <c>aws_emr_security_configuration</c>'s JSON
/// <c>configuration</c> (written as a heredoc or with <c>jsonencode</c>).
/// </summary>
public abstract class EmrSecurityConfigurationRule : SettingRule
{
    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_emr_security_configuration"];

    protected override IReadOnlyList<string> Attributes { get; } = ["configuration"];

    protected override string? WhenMissing(ResourceInstance resource) => null;

    /// <summary>What is wrong with the encryption configuration (an empty object when it is missing); null when fine.</summary>
    protected abstract string? JudgeEncryption(TfObject encryption);

    protected override string? Judge(TfValue value, ResourceInstance resource)
    {
        if (value is not TfString json) return null;
        TfValue document;
        try
        {
            document = Encodings.FromJson(json.Value);
        }
        catch (IacLint.Terraform.Evaluation.TfEvaluationException)
        {
            return null;
        }
        if (document is not TfObject root) return null;
        return JudgeEncryption(root.Get("EncryptionConfiguration") as TfObject ?? TfObject.From([]));
    }

    protected static bool IsTrueFlag(TfObject encryption, string name) => IsTrue(encryption.Get(name));
}
