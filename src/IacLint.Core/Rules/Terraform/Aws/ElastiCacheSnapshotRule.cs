using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>A Redis/Valkey cache that must keep automatic snapshots: <c>snapshot_retention_limit</c> above 0
/// (the default is 0). Memcached and <c>cache.t1.micro</c> nodes cannot take snapshots and are skipped.</summary>
public abstract class ElastiCacheSnapshotRule : SettingRule
{
    protected override IReadOnlyList<string> Attributes { get; } = ["snapshot_retention_limit"];

    protected override string Problem => "keeps no backups";

    /// <summary>The engine when <c>engine</c> is not set.</summary>
    protected abstract string DefaultEngine { get; }

    protected override bool Applies(ResourceInstance resource) =>
        (resource.Body.Attribute("engine")?.Value ?? new TfString(DefaultEngine)) is TfString { Value: "redis" or "valkey" } &&
        resource.Body.Attribute("node_type")?.Value is not TfString { Value: "cache.t1.micro" };

    protected override string? WhenMissing(ResourceInstance resource) => "is not set (default 0)";

    protected override string? Judge(TfValue value, ResourceInstance resource) =>
        TfConvert.TryNumber(value, out var days) && days == 0 ? "= 0" : null;
}
