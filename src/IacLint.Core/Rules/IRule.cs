using IacLint.AppConfig;
using IacLint.Findings;

namespace IacLint.Rules;

/// <summary>A rule: its descriptor, and for analysing rules one of the family interfaces below.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }
}

/// <summary>A rule over one application folder's appsettings files and their effective configurations.</summary>
public interface IAppSettingsRule : IRule
{
    IEnumerable<Finding> Analyze(AppSettingsGroup group);
}

/// <summary>Shorthands for rules to build findings at their default level.</summary>
public static class RuleExtensions
{
    public static Finding Finding(this IRule rule, string message, Location location,
        LogicalLocation? logical = null, IReadOnlyList<RelatedLocation>? related = null, string? environment = null) =>
        new(rule.Descriptor, rule.Descriptor.DefaultLevel, message, location, logical, related, environment);

    /// <summary>The logical location of a configuration key.</summary>
    public static LogicalLocation ConfigKey(string key) => new(key, "property");
}
