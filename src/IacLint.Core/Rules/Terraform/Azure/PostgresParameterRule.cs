using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>
/// A server parameter of an <c>azurerm_postgresql_server</c> that must be <c>on</c>: set by an
/// <c>azurerm_postgresql_configuration</c> pointing at the server (by <c>server_name</c>).
/// </summary>
public abstract class PostgresParameterRule : ResourceRule
{
    private const string Configuration = "azurerm_postgresql_configuration";

    /// <summary>The parameter's name, e.g. <c>log_connections</c>.</summary>
    protected abstract string Parameter { get; }

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        var settings = Companions.For(configuration, resource, Configuration, "server_name", "server_id")
            .Where(c => c.Body.Attribute("name")?.Value is TfString name && name.Value.Equals(Parameter, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (settings.Count == 0)
        {
            if (Companions.AnyUnresolved(configuration, resource, Configuration, "server_name", "server_id"))
            {
                yield return Report(resource, null, $"Could not tell whether {resource.Address} sets {Parameter}: a {Configuration}'s server is known only after apply.") with { Level = Level.Note };
                yield break;
            }
            yield return Report(resource, null, $"{resource.Address} does not set {Parameter} = on: no {Configuration} named {Parameter}.");
            yield break;
        }
        foreach (var setting in settings)
        {
            var value = setting.Body.Attribute("value");
            if (value is null) continue;
            if (!value.Value.IsKnown) yield return CouldNotEvaluate(setting, value, "value", value.Value);
            else if (value.Value is TfString s && !s.Value.Equals("on", StringComparison.OrdinalIgnoreCase))
            {
                yield return Report(setting, value, $"{setting.Address} sets {Parameter} of {resource.Address} to \"{s.Value}\".");
            }
        }
    }
}
