namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1018: the account password policy does not require uppercase letters.</summary>
public sealed class IamPasswordNoUppercase() : PasswordCharacterClassRule("IAC1018", "require_uppercase_characters", "uppercase letters", ["checkov:CKV_AWS_15", "trivy:AVD-AWS-0061", "tfsec:aws-iam-require-uppercase-in-passwords"]);
