namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1015: the account password policy does not require lowercase letters.</summary>
public sealed class IamPasswordNoLowercase() : PasswordCharacterClassRule("IAC1015", "require_lowercase_characters", "lowercase letters", ["checkov:CKV_AWS_11", "trivy:AVD-AWS-0058", "tfsec:aws-iam-require-lowercase-in-passwords"]);
