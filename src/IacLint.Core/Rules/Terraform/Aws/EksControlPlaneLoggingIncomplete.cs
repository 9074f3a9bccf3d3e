using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1120: some EKS control-plane logs are not sent to CloudWatch.</summary>
public sealed class EksControlPlaneLoggingIncomplete : SettingRule
{
    private static readonly string[] LogTypes = ["api", "audit", "authenticator", "controllerManager", "scheduler"];

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1120",
        Name: "aws-eks-control-plane-logging-incomplete",
        Title: "EKS control-plane logging is incomplete",
        Description: "An `aws_eks_cluster` does not list all five control-plane log types (`api`, `audit`, `authenticator`, `controllerManager`, `scheduler`) in `enabled_cluster_log_types` (the default is none).",
        Why: "The audit and authenticator logs are the only record of who did what through the Kubernetes API; without them a compromised credential or a destructive `kubectl` leaves no trace.",
        HowToFix: "Set `enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\", \"controllerManager\", \"scheduler\"]` and a retention on the `/aws/eks/<name>/cluster` log group.",
        Example: """
            ```hcl
            resource "aws_eks_cluster" "main" {
              enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "aws", "eks"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-AWS-0038", "tfsec:aws-eks-enable-control-plane-logging", "checkov:CKV_AWS_37"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_eks_cluster"];

    protected override IReadOnlyList<string> Attributes { get; } = ["enabled_cluster_log_types"];

    protected override string Problem => "does not log its whole control plane";

    protected override string? WhenMissing(ResourceInstance resource) => "is not set (no control-plane log is kept)";

    protected override string? Judge(TfValue value, ResourceInstance resource)
    {
        var enabled = Strings(value).ToHashSet(StringComparer.Ordinal);
        var missing = LogTypes.Where(t => !enabled.Contains(t)).ToList();
        return missing.Count == 0 ? null : $"lacks {string.Join(", ", missing)}";
    }
}
