namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1017: the account password policy does not require symbols.</summary>
public sealed class IamPasswordNoSymbols() : PasswordCharacterClassRule("IAC1017", "require_symbols", "symbols", ["checkov:CKV_AWS_14", "trivy:AVD-AWS-0060", "tfsec:aws-iam-require-symbols-in-passwords"]);
