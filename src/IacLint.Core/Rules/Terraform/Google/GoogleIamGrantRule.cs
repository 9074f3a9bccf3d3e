using IacLint.Findings;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Google;

/// <summary>
/// A rule over IAM grants: <c>google_{project,folder,organization}_iam_{member,binding}</c>, and the bindings of the
/// <c>data.google_iam_policy</c> an authoritative <c>google_{project,folder,organization}_iam_policy</c> applies. A rule judges the role alone (<see cref="RoleProblem"/>) or each member with its role
/// (<see cref="MemberProblem"/>); unknown roles or members it needs give a note.
/// </summary>
public abstract class GoogleIamGrantRule : ResourceRule
{
    public static readonly IReadOnlyCollection<string> HierarchyGrantTypes =
    [
        "google_project_iam_member", "google_project_iam_binding",
        "google_folder_iam_member", "google_folder_iam_binding",
        "google_organization_iam_member", "google_organization_iam_binding",
        "google_project_iam_policy", "google_folder_iam_policy", "google_organization_iam_policy",
    ];

    protected override IReadOnlyCollection<string> ResourceTypes => HierarchyGrantTypes;

    /// <summary>Why granting this role is a problem whoever gets it, or null.</summary>
    protected virtual string? RoleProblem(string role) => null;

    /// <summary>Why granting <paramref name="role"/> (null when not known) to this member (a string, or an unknown
    /// value such as a data source's attribute) is a problem, or null.</summary>
    protected virtual string? MemberProblem(string? role, TfValue member) => null;

    protected virtual bool JudgesMembers => true;

    protected virtual bool JudgesRole => true;

    protected override IEnumerable<Finding> Check(ResourceInstance resource, TerraformConfiguration configuration)
    {
        if (!resource.Type.EndsWith("_iam_policy", StringComparison.Ordinal))
        {
            return Judge(resource, resource.Body.Attribute("role"), resource.Body.Attribute("members") ?? resource.Body.Attribute("member"));
        }
        // An authoritative policy: its bindings are written in the data.google_iam_policy it references.
        if (resource.Body.Attribute("policy_data")?.Value is not TfUnknown { RefersTo: { } address }) return [];
        var document = configuration.DataOfType("google_iam_policy").FirstOrDefault(d => d.Address == address);
        return document is null ? [] : document.Body.Blocks("binding").SelectMany(binding => Judge(resource, binding.Attribute("role"), binding.Attribute("members"))).ToList();
    }

    private IEnumerable<Finding> Judge(ResourceInstance resource, EvaluatedAttribute? role, EvaluatedAttribute? members)
    {
        string? roleText = role?.Value is TfString r ? r.Value : null;
        if (role is not null && !role.Value.IsKnown && JudgesRole)
        {
            yield return CouldNotEvaluate(resource, role, "role", role.Value);
            yield break;
        }
        if (roleText is not null && RoleProblem(roleText) is { } roleProblem)
        {
            yield return Report(resource, role, $"{resource.Address} {roleProblem}.");
            yield break;
        }
        if (!JudgesMembers || members is null) yield break;
        var items = members.Value is TfList list ? list.Items : [members.Value];
        foreach (var member in items)
        {
            if (MemberProblem(roleText, member) is { } problem)
            {
                yield return Report(resource, members.Location, member.Origin ?? members.Origin, $"{resource.Address} {problem}.");
            }
            else if (member is TfUnknown unknown && unknown.RefersTo is null)
            {
                yield return CouldNotEvaluate(resource, members, "a member", member);
            }
        }
    }

    /// <summary>The problem of granting a role to <c>allUsers</c> or <c>allAuthenticatedUsers</c>; null for anyone else.</summary>
    protected static string? GrantToEveryone(string? role, TfValue member) =>
        member is TfString { Value: "allUsers" or "allAuthenticatedUsers" } s ? $"grants {role ?? "a role"} to {s.Value}" : null;

    /// <summary>The member without its <c>user:</c>/<c>serviceAccount:</c>/... prefix, and the prefix.</summary>
    protected static (string Kind, string Identity) Split(string member)
    {
        var colon = member.IndexOf(':');
        return colon < 0 ? ("", member.Trim()) : (member[..colon].Trim(), member[(colon + 1)..].Trim());
    }

    protected static bool IsServiceAccount(string member)
    {
        var (kind, identity) = Split(member);
        return kind == "serviceAccount" || (kind.Length == 0 && identity.EndsWith(".gserviceaccount.com", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Owner, editor, or a predefined or custom role whose name ends in "admin" (roles/storage.admin).</summary>
    protected static bool IsPrivilegedRole(string role) =>
        role is "roles/owner" or "roles/editor" || role.EndsWith("admin", StringComparison.OrdinalIgnoreCase);
}
