using IacLint.AppConfig;
using IacLint.Findings;
using IacLint.Syntax;

namespace IacLint.Rules.AppConfig;

/// <summary>IAC5001: a password, key or token written as a literal in an appsettings file.</summary>
public sealed class PlaintextSecret : IAppSettingsRule
{
    public RuleDescriptor Descriptor { get; } = new(
        Id: "IAC5001",
        Name: "plaintext-secret",
        Title: "Secret stored in plain text in configuration",
        Description: "A key named like a credential (Password, Secret, ApiKey, Token, AccessKey, …) has a literal value, or a connection string carries a password, account key or shared access key. Placeholders (`${X}`, `#{X}#`, `$(X)`, `{{X}}`, `__X__`), empty values and Key Vault references do not count.",
        Why: "Configuration files are committed, copied into images and shown in build logs. A credential in them is readable by everyone who can read the repository, and rotating it needs a code change.",
        HowToFix: "Keep the key with an empty value or a placeholder, and supply the value at run time: user secrets in development, environment variables, Azure Key Vault (`@Microsoft.KeyVault(...)` references or the Key Vault configuration provider), or your platform's secret store. Rotate the exposed credential.",
        Example: """
            ```json
            { "ConnectionStrings": { "Orders": "Server=db;Database=orders;User Id=app;Password=hunter2" } }
            ```
            becomes
            ```json
            { "ConnectionStrings": { "Orders": "" } }
            ```
            with `ConnectionStrings__Orders` set from the secret store in the deployment.
            """,
        DefaultLevel: Level.Error,
        SecuritySeverity: 8.0,
        Tags: ["security", "secrets", "appsettings"],
        Area: AuditArea.Secrets,
        Cwe: "CWE-798",
        EquivalentIds: ["checkov:CKV_SECRET_6", "kics:487f4be7-3fd9-4506-a07a-eae252180c08"],
        Precision: Precision.High);

    public IEnumerable<Finding> Analyze(AppSettingsGroup group)
    {
        foreach (var file in group.Files)
        {
            foreach (var entry in file.Entries)
            {
                if (entry.Kind != ScalarKind.String || SecretDetection.IsPlaceholder(entry.Value)) continue;
                if (SecretDetection.IsConnectionStringKey(entry.Key))
                {
                    var credential = SecretDetection.ConnectionStringSecret(entry.Value!);
                    if (credential is not null)
                    {
                        yield return this.Finding(
                            $"Connection string '{entry.Key}' contains a literal {credential}; supply it from a secret store instead.",
                            entry.ValueLocation, RuleExtensions.ConfigKey(entry.Key));
                    }
                    continue;
                }
                if (SecretDetection.IsSecretKey(entry.Key))
                {
                    yield return this.Finding(
                        $"'{entry.Key}' holds a literal secret; supply it from a secret store instead.",
                        entry.ValueLocation, RuleExtensions.ConfigKey(entry.Key));
                }
            }
        }
    }
}
