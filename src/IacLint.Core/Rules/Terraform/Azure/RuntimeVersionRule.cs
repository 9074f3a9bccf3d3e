using System.Globalization;
using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>
/// A language runtime of a web or function app older than the oldest supported version: <c>site_config.X_version</c>
/// (<c>azurerm_app_service</c>) or <c>site_config.application_stack.X_version</c> (the newer resources).
/// </summary>
public abstract class RuntimeVersionRule : ResourceRule
{
    /// <summary>"PHP", "Python".</summary>
    protected abstract string Language { get; }

    /// <summary>The attribute, e.g. <c>php_version</c>.</summary>
    protected abstract string Attribute { get; }

    /// <summary>The oldest version that still gets security fixes.</summary>
    protected abstract (int Major, int Minor) Minimum { get; }

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var siteConfigs = resource.Body.Blocks("site_config").ToList();
        var versions = siteConfigs.Concat(siteConfigs.SelectMany(b => b.Blocks("application_stack")))
            .Select(b => b.Attribute(Attribute)).Where(a => a is not null).Select(a => a!);
        foreach (var version in versions)
        {
            if (!version.Value.IsKnown) { yield return CouldNotEvaluate(resource, version, version.Name, version.Value); continue; }
            if (!TfConvert.TryString(version.Value, out var text) || !TryParse(text, out var parsed)) continue;
            if (parsed.CompareTo(Minimum) < 0)
            {
                yield return Report(resource, version, $"{resource.Address} runs {Language} {text}, older than {Minimum.Major}.{Minimum.Minor}, the oldest version with security fixes.");
            }
        }
    }

    private static bool TryParse(string text, out (int Major, int Minor) version)
    {
        version = default;
        var parts = text.Split('.');
        if (parts.Length < 2) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)) return false;
        version = (major, minor);
        return true;
    }
}
