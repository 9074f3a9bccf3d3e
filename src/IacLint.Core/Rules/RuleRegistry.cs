using IacLint.Rules.AppConfig;
using IacLint.Rules.Engine;
using IacLint.Rules.Terraform.Aws;
using IacLint.Rules.Terraform.Azure;
using IacLint.Rules.Terraform.Common;
using IacLint.Rules.Terraform.Terragrunt;
using IacLint.Rules.Terraform.Google;
using IacLint.Rules.Kubernetes;

namespace IacLint.Rules;

/// <summary>Every rule IacLint has, in one explicit list (each Terraform provider keeps its part of it in its own
/// folder, so providers grow side by side). A rule not listed here does not run.</summary>
public static class RuleRegistry
{
    public static readonly UnparsableFile UnparsableFile = new();
    public static readonly InvalidSuppression InvalidSuppression = new();
    public static readonly FileNotAudited FileNotAudited = new();
    public static readonly ExpiredSuppression ExpiredSuppression = new();
    public static readonly CouldNotEvaluate CouldNotEvaluate = new();
    public static readonly InternalError InternalError = new();
    public static readonly InvalidTerraformConfiguration InvalidTerraformConfiguration = new();

    public static IReadOnlyList<IRule> All { get; } =
    [
        UnparsableFile,
        InvalidSuppression,
        FileNotAudited,
        ExpiredSuppression,
        CouldNotEvaluate,
        InternalError,
        InvalidTerraformConfiguration,
        new PlaintextSecret(),
        new DebugLogLevelInProduction(),
        new DetailedErrorsInProduction(),
        new AllowedHostsWildcardInProduction(),
        new PlainHttpEndpointInProduction(),
        new OverrideWithoutBaseKey(),
        .. AwsRules.All,
        .. AzureRules.All,
        .. GoogleRules.All,
        new ProviderVersionNotConstrained(),
        new ModuleSourceNotPinned(),
        new RemoteStateNotEncrypted(),
        new RemoteStateWithoutLocking(),
        new SourceNotPinned(),
        new EnvironmentVariableWithoutDefault(),
        new PrivilegedContainer(),
        new PrivilegeEscalationAllowed(),
        new RunAsRoot(),
        new WritableRootFilesystem(),
        new DangerousCapabilities(),
        new CapabilitiesNotDropped(),
        new HostNamespaces(),
        new SensitiveHostPath(),
        new HostPort(),
        new MissingResources(),
        new MissingLivenessProbe(),
        new MissingReadinessProbe(),
        new ImageNotPinned(),
        new ServiceAccountTokenAutomounted(),
        new SecretInEnvironment(),
        new ServiceExposed(),
        new IngressWithoutTls(),
        new RbacWildcard(),
        new ClusterAdminBinding(),
        new ProductionSingleReplica(),
        new ProductionMissingDisruptionBudget(),
        new ProductionMissingNetworkPolicy(),
        IacLint.Drift.DriftAnalyzer.Missing,
        IacLint.Drift.DriftAnalyzer.OnlyInLater,
        IacLint.Drift.DriftAnalyzer.Weaker,
        IacLint.Drift.DriftAnalyzer.VersionSkew,
        IacLint.Drift.DriftAnalyzer.ValueDiffers,
    ];

    private static readonly Dictionary<string, IRule> ByIdOrName = BuildIndex();

    /// <summary>Finds a rule by id (<c>IAC5001</c>) or name (<c>plaintext-secret</c>), ignoring case.</summary>
    public static IRule? Find(string idOrName) => ByIdOrName.GetValueOrDefault(idOrName.Trim());

    /// <summary>The rules a peer tool's id maps to through <see cref="RuleDescriptor.EquivalentIds"/>
    /// (<c>checkov</c>, <c>CKV_AWS_24</c>).</summary>
    public static IEnumerable<IRule> FindEquivalent(string tool, string peerId) =>
        All.Where(rule => rule.Descriptor.Equivalents.Any(id =>
            id.Equals(tool + ":" + peerId, StringComparison.OrdinalIgnoreCase)));

    private static Dictionary<string, IRule> BuildIndex()
    {
        var index = new Dictionary<string, IRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in All)
        {
            if (!index.TryAdd(rule.Descriptor.Id, rule) || !index.TryAdd(rule.Descriptor.Name, rule))
            {
                throw new InvalidOperationException($"Rule id or name used twice: {rule.Descriptor.Id} {rule.Descriptor.Name}");
            }
        }
        return index;
    }
}
