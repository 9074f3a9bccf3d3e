using IacLint.Findings;
using IacLint.Terragrunt;

namespace IacLint.Rules.Terraform.Terragrunt;

/// <summary>A rule over the evaluated Terragrunt units of the scanned tree.</summary>
public interface ITerragruntRule : IRule
{
    IEnumerable<Finding> Analyze(TerragruntProject project);
}

/// <summary>A rule that looks at each unit on its own; findings are keyed by the unit's pair key, so drift can tell
/// a rule that passes in staging and fails on the production counterpart.</summary>
public abstract class UnitRule : ITerragruntRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public IEnumerable<Finding> Analyze(TerragruntProject project) => project.Units.SelectMany(Check);

    protected abstract IEnumerable<Finding> Check(TerragruntUnit unit);

    /// <summary>A finding at <paramref name="at"/> (often a shared file: root.hcl) for one unit, with the unit's file as
    /// a related location when the finding is elsewhere.</summary>
    protected Finding Report(TerragruntUnit unit, Location at, string message)
    {
        var related = at.Path == unit.File.Source.Path ? [] : new List<RelatedLocation> { new(unit.Location, $"for unit {unit.Directory}") };
        if (at.Path != unit.File.Source.Path) message = message.EndsWith('.') ? $"{message[..^1]} (unit {unit.Directory})." : $"{message} (unit {unit.Directory})";
        return new Finding(Descriptor, Descriptor.DefaultLevel, message, at, TerragruntFamily.Owner(unit), related, unit.Environment);
    }
}
