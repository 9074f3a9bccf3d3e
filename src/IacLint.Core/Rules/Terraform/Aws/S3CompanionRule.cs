using IacLint.Findings;
using IacLint.Terraform.Model;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>
/// A bucket setting that AWS provider v4+ configures in a separate resource (and v3 in an inline block): fires when a
/// bucket has neither, or when the setting there is off.
/// </summary>
public abstract class S3CompanionRule : ResourceRule
{
    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_s3_bucket"];

    /// <summary>The v4+ resource, e.g. <c>aws_s3_bucket_versioning</c>.</summary>
    protected abstract string CompanionType { get; }

    /// <summary>The v3 inline block, e.g. <c>versioning</c>.</summary>
    protected abstract string InlineBlock { get; }

    /// <summary>What is missing, e.g. "versioning".</summary>
    protected abstract string Setting { get; }

    /// <summary>A finding when a companion or inline block exists but switches the setting off; null when fine.</summary>
    protected virtual IEnumerable<Finding> CheckCompanion(ResourceInstance bucket, ResourceInstance companion) => [];

    protected virtual IEnumerable<Finding> CheckInline(ResourceInstance bucket, BlockView block) => [];

    protected virtual bool Exempt(ResourceInstance bucket, TerraformConfiguration configuration) => false;

    protected override IEnumerable<Finding> Check(ResourceInstance bucket, TerraformConfiguration configuration)
    {
        if (Exempt(bucket, configuration)) return [];
        var inline = bucket.Body.Blocks(InlineBlock).ToList();
        if (inline.Count > 0) return inline.SelectMany(b => CheckInline(bucket, b)).ToList();
        var companions = Companions.For(configuration, bucket, CompanionType, "bucket").ToList();
        if (companions.Count > 0) return companions.SelectMany(c => CheckCompanion(bucket, c)).ToList();
        if (Companions.AnyUnresolved(configuration, bucket, CompanionType, "bucket"))
        {
            return [Report(bucket, null, $"Could not tell whether {bucket.Address} has {Setting}: a {CompanionType}'s bucket is known only after apply.") with { Level = Level.Note }];
        }
        return [Report(bucket, null, $"{bucket.Address} has no {Setting} ({CompanionType}).")];
    }
}
