using IacLint.Findings;
using IacLint.Terraform.Values;

namespace IacLint.Terraform.Model;

/// <summary>
/// A root instance of a module that a tool around Terraform deploys: a Terragrunt unit runs its local module source
/// with its <c>inputs</c> as variable values. It is one more configuration, audited like a root module folder.
/// </summary>
/// <param name="Name">Its root folder (the unit's folder).</param>
/// <param name="Label">What it is, for messages ("Terragrunt unit prod/us-east-1/prod/mysql").</param>
/// <param name="ModuleDirectory">The module's folder, relative to the scan root.</param>
/// <param name="Variables">Values given to the module's variables, each with the line that set it as its origin;
/// they rank like <c>TF_VAR_</c> environment variables (above defaults, below tfvars files).</param>
/// <param name="Environment">The environment it belongs to, or null.</param>
/// <param name="Deployer">Where it is deployed from (the unit's source line), a related location of its findings.</param>
public sealed record ExternalRoot(string Name, string Label, string ModuleDirectory, IReadOnlyDictionary<string, TfValue> Variables, string? Environment, RelatedLocation Deployer);
