using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1057: load balancer listener serves plain HTTP.</summary>
public sealed class LbListenerPlainHttp : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1057",
        Name: "aws-elb-listener-plain-http",
        Title: "Load balancer listener serves plain HTTP",
        Description: "An `aws_lb_listener` (or `aws_alb_listener`) has `protocol = \"HTTP\"` and its default action is not a redirect to HTTPS.",
        Why: "Plain HTTP sends requests, cookies and tokens unencrypted between clients and the load balancer, where anyone on the path can read or change them.",
        HowToFix: "Serve HTTPS (`protocol = \"HTTPS\"` with a certificate), and turn the HTTP listener into a redirect: `default_action { type = \"redirect\" redirect { protocol = \"HTTPS\" port = \"443\" status_code = \"HTTP_301\" } }`.",
        Example: """
            ```hcl
            resource "aws_lb_listener" "http" {
              load_balancer_arn = aws_lb.web.arn
              port              = 80
              protocol          = "HTTP"
              default_action {
                type = "redirect"
                redirect {
                  port        = "443"
                  protocol    = "HTTPS"
                  status_code = "HTTP_301"
                }
              }
            }
            ```
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 7.5,
        Tags: ["security", "terraform", "aws", "elb"],
        Area: AuditArea.Encryption,
        Cwe: "CWE-319",
        EquivalentIds: ["checkov:CKV_AWS_2", "trivy:AVD-AWS-0054", "tfsec:aws-elb-http-not-used"],
        Precision: Precision.High);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_lb_listener", "aws_alb_listener"];

    protected override IEnumerable<Finding> Check(ResourceInstance listener, TerraformConfiguration configuration)
    {
        var protocol = listener.Body.Attribute("protocol");
        if (protocol is null) yield break;
        if (!protocol.Value.IsKnown) yield return CouldNotEvaluate(listener, protocol, "protocol", protocol.Value);
        else if (protocol.Value is TfString { Value: "HTTP" } && !RedirectsToHttps(listener))
        {
            yield return Report(listener, protocol, $"{listener.Address} serves plain HTTP without redirecting to HTTPS.");
        }
    }

    private static bool RedirectsToHttps(ResourceInstance listener) =>
        listener.Body.Blocks("default_action").Any(a => a.Get("type") is TfString { Value: "redirect" } &&
                                                       a.Blocks("redirect").Any(r => r.Get("protocol") is TfString { Value: "HTTPS" } or TfUnknown));
}
