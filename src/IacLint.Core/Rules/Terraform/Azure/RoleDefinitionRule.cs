using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Azure;

/// <summary>A rule about the <c>permissions.actions</c> of an <c>azurerm_role_definition</c>: fires at the first
/// dangerous action of each permissions block.</summary>
public abstract class RoleDefinitionRule : ResourceRule
{
    /// <summary>What the action allows, when it is dangerous ("every action (*)"); null otherwise.</summary>
    protected abstract string? Dangerous(string action);

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        foreach (var permissions in resource.Body.Blocks("permissions"))
        {
            var actions = permissions.Attribute("actions");
            if (actions is null || actions.Value is TfNull) continue;
            if (!actions.Value.IsWhollyKnown) { yield return CouldNotEvaluate(resource, actions, "permissions.actions", actions.Value); continue; }
            var allows = (TfConvert.Elements(actions.Value) ?? []).OfType<TfString>().Select(a => Dangerous(a.Value)).FirstOrDefault(d => d is not null);
            if (allows is not null) yield return Report(resource, actions, $"{resource.Address} allows {allows}.");
        }
    }
}
