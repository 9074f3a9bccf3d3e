using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1174: a Lambda function runs on a runtime AWS no longer patches.</summary>
public sealed class LambdaDeprecatedRuntime : SettingRule
{
    // Runtimes past AWS's deprecation date (no more security patches), as of 2025.
    private static readonly HashSet<string> Deprecated = new(StringComparer.Ordinal)
    {
        "nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x",
        "python2.7", "python3.6", "python3.7", "python3.8",
        "ruby2.5", "ruby2.7", "java8", "go1.x", "provided",
        "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6", "dotnet7",
    };

    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC1174",
        Name: "aws-lambda-deprecated-runtime",
        Title: "Lambda function uses a deprecated runtime",
        Description: "An `aws_lambda_function` sets `runtime` to one AWS has deprecated (for example `python3.8`, `nodejs16.x`, `dotnet6`, `go1.x`, `java8`), which no longer receives security patches.",
        Why: "A deprecated runtime keeps its known vulnerabilities in the language runtime and OS image; AWS then blocks creating and later updating such functions, so a fix cannot be deployed in a hurry.",
        HowToFix: "Move to a supported runtime (`python3.12`, `nodejs20.x`, `dotnet8`, `java21`, `provided.al2023`) and test the function.",
        Example: """
            ```hcl
            resource "aws_lambda_function" "api" {
              runtime = "dotnet8"
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 5.5,
        Tags: ["security", "terraform", "aws", "lambda"],
        Area: AuditArea.Patching,
        Cwe: "CWE-1104",
        RelatedIds: ["checkov:CKV_AWS_363"]);

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_lambda_function"];

    protected override IReadOnlyList<string> Attributes { get; } = ["runtime"];

    protected override string Problem => "runs on a deprecated runtime";

    // Container-image functions have no runtime.
    protected override string? WhenMissing(ResourceInstance resource) => null;

    protected override string? Judge(TfValue value, ResourceInstance resource) =>
        value is TfString { Value: var runtime } && Deprecated.Contains(runtime) ? $"= \"{runtime}\"" : null;
}
