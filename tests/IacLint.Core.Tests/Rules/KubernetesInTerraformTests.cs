namespace IacLint.Tests.Rules;

/// <summary>
/// Terraform's kubernetes_* resources feed the same workload model as YAML manifests: the Kubernetes rules fire on
/// them at the HCL attribute, with values evaluated through variables, tfvars and dynamic blocks.
/// </summary>
public class KubernetesInTerraformTests
{
    [Theory]
    [InlineData("IAC4001", "fire-terraform-deployment", new[] { "main.tf:21:26-21:40", "main.tf:30:28-30:32" })]
    [InlineData("IAC4001", "dont-fire-terraform-deployment", new string[0])]
    [InlineData("IAC4007", "fire-terraform-pod", new[] { "main.tf:6:20-6:24", "main.tf:7:20-7:24" })]
    [InlineData("IAC4014", "fire-terraform-cron-job", new[] { "main.tf:18:25-18:43" })]
    [InlineData("IAC4015", "fire-terraform-service", new[] { "main.tf:6:12-6:26" })]
    [InlineData("IAC4017", "fire-terraform-role", new[] { "main.tf:13:18-13:23", "main.tf:14:18-14:23" })]
    [InlineData("IAC4018", "fire-terraform-binding", new[] { "main.tf:8:17-8:32" })]
    public void Kubernetes_rules_fire_on_kubernetes_resources_in_terraform(string ruleId, string fixture, string[] expected) =>
        RuleFixture.Ranges(ruleId, fixture).ShouldBe(expected);

    [Fact]
    public void Findings_name_the_terraform_address_and_never_the_secret()
    {
        var finding = RuleFixture.Scan("IAC4014", "fire-terraform-cron-job").ShouldHaveSingleItem();
        finding.LogicalLocation!.FullyQualifiedName.ShouldBe("kubernetes_cron_job_v1.report");
        finding.Message.ShouldContain("SMTP_PASSWORD");
        finding.Message.ShouldNotContain("Xk9#mQ2!vL7pR4zT");
    }
}
