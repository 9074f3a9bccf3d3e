using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1085: aMI lookup does not restrict the image owner.</summary>
public sealed class AmiLookupWithoutOwners : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1085",
        Name: "aws-ami-lookup-without-owners",
        Title: "AMI lookup does not restrict the image owner",
        Description: "A `data \"aws_ami\"` has no `owners` (and no `owner-id` or `owner-alias` filter), so it can select any public image whose name matches.",
        Why: "Anyone can publish a public AMI with a name like `ubuntu/images/...`; with `most_recent = true` and no owner, the newest look-alike (possibly backdoored) wins.",
        HowToFix: "Set `owners` to the publisher's account id (for example `099720109477` for Canonical) or `\"amazon\"`, or to your own account for golden images.",
        Example: """
            ```hcl
            data "aws_ami" "ubuntu" {
              most_recent = true
              owners      = ["099720109477"]
              filter {
                name   = "name"
                values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]
              }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 6.0,
        Tags: ["security", "terraform", "aws", "ami"],
        Area: AuditArea.Patching,
        Cwe: "CWE-829",
        EquivalentIds: ["trivy:AVD-AWS-0344", "tfsec:aws-ami-ensure-ami-has-owners"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = [];

    public override IEnumerable<Finding> Analyze(TerraformConfiguration configuration)
    {
        foreach (var lookup in configuration.DataOfType("aws_ami"))
        {
            var owners = lookup.Body.Attribute("owners");
            if (owners is not null && (!owners.Value.IsWhollyKnown || owners.Value is TfList { Items.Count: > 0 })) continue;
            if (lookup.Body.Blocks("filter").Any(f => f.Get("name") is TfString { Value: "owner-id" or "owner-alias" })) continue;
            yield return Report(lookup, owners, $"{lookup.Address} does not restrict owners; any public image with a matching name can be chosen.");
        }
    }

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration) => [];
}
