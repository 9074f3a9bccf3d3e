namespace IacLint.Rules;

/// <summary>
/// The area of a production audit a rule belongs to: every rule has exactly one, so a report can say per area
/// what was checked and what failed. The lower-case name is also one of the rule's tags.
/// </summary>
public enum AuditArea
{
    /// <summary>Identity and privilege: IAM least privilege, admin rights, RBAC, privileged containers.</summary>
    Access,

    /// <summary>What is reachable from outside: open ports, public endpoints, public buckets.</summary>
    Exposure,

    /// <summary>Encryption at rest and in transit, key management.</summary>
    Encryption,

    /// <summary>Logs, metrics, audit trails and monitoring.</summary>
    Logging,

    /// <summary>Backups, retention, versioning, deletion protection and recovery.</summary>
    Backup,

    /// <summary>Versions, pinning, automatic upgrades and patches.</summary>
    Patching,

    /// <summary>Credentials and keys written where they do not belong.</summary>
    Secrets,

    /// <summary>Differences between environments (staging against production).</summary>
    Drift,

    /// <summary>Everything else that makes a configuration wrong or fragile, and the engine's own notes.</summary>
    Config,
}

public static class AuditAreas
{
    public static IReadOnlyList<AuditArea> All { get; } = Enum.GetValues<AuditArea>();

    /// <summary>The lower-case name used in tags, configuration and reports (<c>encryption</c>).</summary>
    public static string ToName(this AuditArea area) => area switch
    {
        AuditArea.Access => "access",
        AuditArea.Exposure => "exposure",
        AuditArea.Encryption => "encryption",
        AuditArea.Logging => "logging",
        AuditArea.Backup => "backup",
        AuditArea.Patching => "patching",
        AuditArea.Secrets => "secrets",
        AuditArea.Drift => "drift",
        _ => "config",
    };

    public static bool TryParse(string name, out AuditArea area)
    {
        foreach (var candidate in All)
        {
            if (candidate.ToName().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                area = candidate;
                return true;
            }
        }
        area = AuditArea.Config;
        return false;
    }
}
