namespace IacLint.Rules.Terraform.Aws;

/// <summary>IAC1016: the account password policy does not require numbers.</summary>
public sealed class IamPasswordNoNumbers() : PasswordCharacterClassRule("IAC1016", "require_numbers", "numbers", ["checkov:CKV_AWS_12", "trivy:AVD-AWS-0059", "tfsec:aws-iam-require-numbers-in-passwords"]);
