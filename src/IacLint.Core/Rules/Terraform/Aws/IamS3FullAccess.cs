using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1029: iAM policy gives full S3 access on all buckets.</summary>
public sealed class IamS3FullAccess : IamPolicyRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1029",
        Name: "aws-iam-s3-full-access",
        Title: "IAM policy gives full S3 access on all buckets",
        Description: "An Allow statement of an IAM identity policy allows `s3:*` on resource `\"*\"`, or an attachment (`aws_iam_role_policy_attachment`, `aws_iam_user_policy_attachment`, `aws_iam_group_policy_attachment`, `aws_iam_policy_attachment`) attaches `arn:aws:iam::aws:policy/AmazonS3FullAccess`.",
        Why: "Full S3 access on `*` reads, overwrites and deletes every bucket of the account, and can change bucket policies to make data public.",
        HowToFix: "Grant the S3 actions the workload needs on the ARNs of its buckets.",
        Example: """
            ```hcl
            resource "aws_iam_policy" "uploads" {
              policy = jsonencode({
                Version   = "2012-10-17"
                Statement = [{ Effect = "Allow", Action = ["s3:PutObject"], Resource = "${aws_s3_bucket.uploads.arn}/*" }]
              })
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 7.0,
        Tags: ["security", "terraform", "aws", "iam"],
        Area: AuditArea.Access,
        Cwe: "CWE-732",
        EquivalentIds: ["trivy:AVD-AWS-0345", "tfsec:aws-iam-no-s3-full-access"],
        Precision: Precision.High);

    private static readonly string[] AttachmentTypes = ["aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment"];

    protected override string? Problem(PolicyStatement statement) =>
        statement.Allows && statement.Actions.Any(a => a.Equals("s3:*", StringComparison.OrdinalIgnoreCase)) && statement.Resources.Any(IsWildcard)
            ? "allows every S3 action (\"s3:*\") on all resources (\"*\")"
            : null;

    public override IEnumerable<Finding> Analyze(TerraformConfiguration configuration) =>
        base.Analyze(configuration).Concat(AttachmentTypes.SelectMany(configuration.OfType)
            .Select(a => (Attachment: a, Arn: a.Body.Attribute("policy_arn")))
            .Where(a => a.Arn?.Value is TfString { Value: "arn:aws:iam::aws:policy/AmazonS3FullAccess" })
            .Select(a => Report(a.Attachment, a.Arn, $"{a.Attachment.Address} attaches AmazonS3FullAccess.")));
}
