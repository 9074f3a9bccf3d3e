using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>IAC3149: a project lacks Data Access audit logs for allServices.</summary>
public sealed class ProjectAuditLoggingIncomplete : ResourceRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC3149",
        Name: "google-iam-audit-logging-incomplete",
        Title: "Project does not audit data access for all services",
        Description: "A `google_project` has no `google_project_iam_audit_config` for `service = \"allServices\"` in the same configuration, or a `google_project_iam_audit_config` for `allServices` lacks one of the log types `ADMIN_READ`, `DATA_READ`, `DATA_WRITE`.",
        Why: "Admin Activity logs are always on, but reads of configuration and of data are only logged when Data Access audit logs are enabled; without them nobody can tell who read or copied the data after a breach.",
        HowToFix: "Add a `google_project_iam_audit_config` with `service = \"allServices\"` and `audit_log_config` blocks for `ADMIN_READ`, `DATA_READ` and `DATA_WRITE`.",
        Example: """
            ```hcl
            resource "google_project_iam_audit_config" "all" {
              project = google_project.app.project_id
              service = "allServices"
              audit_log_config { log_type = "ADMIN_READ" }
              audit_log_config { log_type = "DATA_READ" }
              audit_log_config { log_type = "DATA_WRITE" }
            }
            ```
            """,
        DefaultLevel: Level.Warning,
        SecuritySeverity: 4.0,
        Tags: ["security", "terraform", "google", "iam"],
        Area: AuditArea.Logging,
        Cwe: "CWE-778",
        EquivalentIds: ["trivy:AVD-GCP-0079"]);

    private static readonly string[] LogTypes = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"];

    protected override IReadOnlyCollection<string> ResourceTypes { get; } = ["google_project", "google_project_iam_audit_config"];

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (resource.Type == "google_project_iam_audit_config")
        {
            if (resource.Body.Attribute("service")?.Value is not TfString { Value: "allServices" }) yield break;
            var types = resource.Body.Blocks("audit_log_config").Select(b => b.Get("log_type")).ToList();
            if (types.Any(t => t is not null && !t.IsKnown)) yield break;
            var missing = LogTypes.Where(type => !types.Any(t => t is TfString s && s.Value == type)).ToList();
            if (missing.Count > 0) yield return Report(resource, null, $"{resource.Address} does not log {string.Join(", ", missing)} for allServices.");
            yield break;
        }
        var projectId = resource.Body.Attribute("project_id")?.Value as TfString;
        var audited = configuration.OfType("google_project_iam_audit_config").Any(config =>
            config.Body.Attribute("service")?.Value is TfString { Value: "allServices" } &&
            config.Body.Attribute("project")?.Value switch
            {
                null => true,
                TfUnknown unknown => unknown.RefersTo is null || unknown.RefersTo == resource.Address,
                TfString project => projectId is null || project.Value == projectId.Value || project.Value == "projects/" + projectId.Value,
                _ => false,
            });
        if (!audited) yield return Report(resource, null, $"{resource.Address} has no google_project_iam_audit_config for allServices: data access is not audited.");
    }
}
