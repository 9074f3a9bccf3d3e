using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1058: load balancer listener allows TLS older than 1.2.</summary>
public sealed class LbListenerOutdatedTls : ExpectedAttributeRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1058",
        Name: "aws-elb-listener-outdated-tls",
        Title: "Load balancer listener allows TLS older than 1.2",
        Description: "An HTTPS or TLS `aws_lb_listener` (or `aws_alb_listener`) uses an `ssl_policy` whose minimum version is below TLS 1.2 (any policy without `-1-2-` or `-1-3-` in its name, such as `ELBSecurityPolicy-2016-08` or `ELBSecurityPolicy-TLS-1-1-2017-01`), or leaves it unset (provider default `ELBSecurityPolicy-2016-08`, TLS 1.0).",
        Why: "TLS 1.0 and 1.1 have known weaknesses (BEAST, weak MAC and cipher suites) and are deprecated by RFC 8996; PCI DSS and most compliance baselines forbid them.",
        HowToFix: "Use a TLS 1.2+ policy, preferably `ELBSecurityPolicy-TLS13-1-2-2021-06` (TLS 1.3 and 1.2).",
        Example: """
            ```hcl
            resource "aws_lb_listener" "https" {
              load_balancer_arn = aws_lb.web.arn
              port              = 443
              protocol          = "HTTPS"
              ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
              certificate_arn   = aws_acm_certificate.web.arn
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.0,
        Tags: ["security", "terraform", "aws", "elb"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-326",
        EquivalentIds: ["checkov:CKV_AWS_103", "trivy:AVD-AWS-0047", "tfsec:aws-elb-use-secure-tls-policy"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_lb_listener", "aws_alb_listener"];

    protected override string Attribute => "ssl_policy";

    /// <summary>ELB policy names carry their minimum version (<c>…-TLS13-1-2-…</c>, <c>…-FS-1-2-…</c>, <c>…-TLS-1-2-…</c>).</summary>
    protected override bool IsSafe(TfValue value) =>
        value is TfString s && (s.Value.Contains("-1-2-", StringComparison.Ordinal) || s.Value.Contains("-1-3-", StringComparison.Ordinal));

    protected override string UnsetMeaning => "provider default ELBSecurityPolicy-2016-08, which allows TLS 1.0";

    protected override string Problem => "allows TLS versions older than 1.2";

    protected override bool Applies(ResourceInstance resource) =>
        resource.Body.Attribute("protocol")?.Value is TfString { Value: "HTTPS" or "TLS" };
}
