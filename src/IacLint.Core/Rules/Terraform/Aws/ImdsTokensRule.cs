using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>
/// Instances (or the templates that launch them) must require IMDSv2 session tokens:
/// <c>metadata_options { http_tokens = "required" }</c>, unless the metadata endpoint is turned off.
/// </summary>
public abstract class ImdsTokensRule : ExpectedAttributeRule
{
    protected const string Why = "IMDSv1 answers any request from the instance, so a server-side request forgery (SSRF) in an application is enough to read the instance role's credentials; IMDSv2 needs a session token obtained with a PUT that SSRF usually cannot make.";

    protected const string Example = """
        ```hcl
        metadata_options {
          http_endpoint = "enabled"
          http_tokens   = "required"
        }
        ```
        """;

    protected override IReadOnlyList<string> BlockPath { get; } = ["metadata_options"];

    protected override string Attribute => "http_tokens";

    protected override bool IsSafe(TfValue value) => value is TfString { Value: "required" };

    protected override string UnsetMeaning => "default \"optional\", so IMDSv1 answers without a token";

    protected override string Problem => "allows IMDSv1 (no session token required)";

    protected override bool Applies(ResourceInstance resource) =>
        !resource.Body.Blocks("metadata_options").Any(m => m.Get("http_endpoint") is TfString { Value: "disabled" });
}
