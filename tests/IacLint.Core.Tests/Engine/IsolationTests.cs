using IacLint.Engine;
using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Rules;
using IacLint.Rules.Kubernetes;
using IacLint.Rules.Terraform;
using IacLint.Terraform.Model;

namespace IacLint.Tests.Engine;

/// <summary>A fault in one unit of work becomes one IAC0006 finding; every other unit still reports.</summary>
public class IsolationTests
{
    private static readonly string Repo = Path.Combine(TestPaths.TestData, "repos", "robust");

    private static RuleDescriptor TestRule(string id) => new(id, "test-" + id.ToLowerInvariant(), "t", "t", "t", "t", "t", Level.Warning, null, ["test"], AuditArea.Config);

    /// <summary>Throws on the production volume only: the staging one is still checked.</summary>
    private sealed class ThrowingResourceRule : ResourceRule
    {
        public override RuleDescriptor Descriptor { get; } = TestRule("TEST0001");

        protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["aws_ebs_volume"];

        protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
        {
            if (resource.Module.RootDirectory == "envs/production") throw new InvalidOperationException("rule bug");
            yield return new Finding(Descriptor, Level.Warning, "checked", resource.Location);
        }
    }

    private sealed class ThrowingKubernetesRule : IKubernetesRule
    {
        public RuleDescriptor Descriptor { get; } = TestRule("TEST0002");

        public IEnumerable<Finding> Analyze(KubernetesContext context) => throw new NullReferenceException("rule bug");
    }

    private static string Line(Finding f) => $"{f.Rule.Id} {f.Location.Path}:{f.Location.Span.StartLine}:{f.Location.Span.StartColumn} {f.Message}";

    [Fact]
    public void A_throwing_rule_and_a_throwing_family_cost_only_their_own_units()
    {
        var clean = Scanner.Scan(new ScanOptions { Root = Repo });
        ScanResult faulty;
        Guard.FaultInjection.Value = unit => unit is "collecting the Kubernetes drift family" or "building the Kustomize overlay k8s/overlays/production/kustomization.yaml"
            or "reading app/appsettings.json";
        try
        {
            faulty = Scanner.Scan(new ScanOptions { Root = Repo, AdditionalRules = [new ThrowingResourceRule(), new ThrowingKubernetesRule()] });
        }
        finally
        {
            Guard.FaultInjection.Value = null;
        }

        var internalErrors = faulty.Findings.Where(f => f.Rule.Id == "IAC0006").Select(Line).ToList();
        internalErrors.ShouldBe([
            "IAC0006 app/appsettings.json:1:1 IacLint failed while reading this file (internal error: InvalidOperationException: injected fault); this part was not audited. Please report it.",
            "IAC0006 envs/production/main.tf:1:1 IacLint failed while running TEST0001 on aws_ebs_volume.data (internal error: InvalidOperationException: rule bug); this part was not audited. Please report it.",
            "IAC0006 k8s/base/deployment.yaml:1:1 IacLint failed while running TEST0002 on the Kubernetes objects (internal error: NullReferenceException: rule bug); this part was not audited. Please report it.",
            "IAC0006 k8s/base/deployment.yaml:1:1 IacLint failed while collecting the Kubernetes drift family (internal error: InvalidOperationException: injected fault in collecting the Kubernetes drift family); this part was not audited. Please report it.",
            "IAC0006 k8s/overlays/production/kustomization.yaml:1:1 IacLint failed while building the Kustomize overlay k8s/overlays/production/kustomization.yaml (internal error: InvalidOperationException: injected fault in building the Kustomize overlay k8s/overlays/production/kustomization.yaml); this part was not audited. Please report it.",
        ], ignoreOrder: true);
        faulty.Findings.ShouldContain(f => f.Rule.Id == "TEST0001" && f.Location.Path == "envs/staging/main.tf");

        // Everything the clean scan found outside the failed units is still there, unchanged.
        var failedUnits = new Func<Finding, bool>(f => f.Location.Path.StartsWith("app/", StringComparison.Ordinal) || f.Message.Contains("overlay k8s/overlays/production", StringComparison.Ordinal));
        var expected = clean.Findings.Where(f => !failedUnits(f)).Select(Line).ToList();
        expected.Count.ShouldBeGreaterThan(8);
        expected.Except(faulty.Findings.Select(Line)).ShouldBeEmpty();
        faulty.Findings.ShouldContain(f => f.Rule.Id == "IAC6003", "the Terraform drift family still ran");
        faulty.Findings.ShouldContain(f => f.Rule.Id == "IAC0007", "the invalid module is still reported");
    }

    [Fact]
    public void The_duplicate_resource_folder_is_an_error_at_the_second_declaration_and_the_rest_of_the_repository_is_audited()
    {
        var result = Scanner.Scan(new ScanOptions { Root = Repo });
        var duplicate = result.Findings.Single(f => f.Rule.Id == "IAC0007" && f.Message.StartsWith("Duplicate resource", StringComparison.Ordinal));
        duplicate.Level.ShouldBe(Level.Error);
        $"{duplicate.Location.Path}:{duplicate.Location.Span.StartLine}:{duplicate.Location.Span.StartColumn}-{duplicate.Location.Span.EndLine}:{duplicate.Location.Span.EndColumn}"
            .ShouldBe("dup/main.tf:5:1-5:38");
        duplicate.RelatedLocations.Single().Location.ShouldBe(new Location("dup/main.tf", duplicate.RelatedLocations.Single().Location.Span));
        duplicate.RelatedLocations.Single().Location.Span.StartLine.ShouldBe(1);
        // The first declaration is audited, like Terraform's "first wins", and every other family is too.
        result.Findings.ShouldContain(f => f.Rule.Id == "IAC1012" && f.Location.Path == "dup/main.tf" && f.Location.Span.StartLine == 1);
        result.Findings.ShouldContain(f => f.Rule.Id == "IAC1005" && f.Location.Path == "envs/production/main.tf");
        result.Findings.ShouldContain(f => f.Rule.Id == "IAC4001");
        result.Findings.ShouldContain(f => f.Rule.Id == "IAC5002");
        result.Findings.ShouldNotContain(f => f.Rule.Id == "IAC0006");
    }
}
