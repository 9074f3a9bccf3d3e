using IacLint.Engine;

namespace IacLint.Tests.Findings;

public class TerraformSuppressionTests
{
    private static IReadOnlyList<IacLint.Findings.Finding> Scan(string tf)
    {
        using var temp = new TempFolder();
        temp.Write("main.tf", tf);
        return Scanner.Scan(new ScanOptions { Root = temp.Path, Today = new DateOnly(2026, 6, 1) }).Findings;
    }

    [Fact]
    public void Own_comment_above_a_block_covers_the_block_and_above_an_attribute_covers_it()
    {
        var findings = Scan("""
            # iaclint-ignore IAC1010,IAC1004: scratch database for load tests
            resource "aws_db_instance" "scratch" {
              engine = "postgres"
            }

            resource "aws_db_instance" "orders" {
              engine = "postgres"
              // iaclint-ignore IAC1004: encrypted by the restore pipeline until 2027-01-01
              storage_encrypted = false
            }
            """).Where(f => f.Rule.Id is "IAC1004" or "IAC1010").ToList();
        findings.Select(f => (f.LogicalLocation!.FullyQualifiedName, f.Rule.Id, f.IsSuppressed)).ShouldBe([
            ("aws_db_instance.scratch", "IAC1004", true),
            ("aws_db_instance.scratch", "IAC1010", true),
            ("aws_db_instance.orders", "IAC1010", false),
            ("aws_db_instance.orders", "IAC1004", true),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Peers_inline_syntaxes_are_honoured_through_equivalent_ids()
    {
        var findings = Scan("""
            resource "aws_s3_bucket_acl" "checkov" {
              #checkov:skip=CKV_AWS_20:the bucket hosts a public website
              bucket = "site"
              acl    = "public-read"
            }

            resource "aws_s3_bucket_acl" "trivy" {
              bucket = "site2"
              #trivy:ignore:AVD-AWS-0092
              acl    = "public-read"
            }

            resource "aws_s3_bucket_acl" "tfsec" {
              bucket = "site3"
              acl    = "public-read" #tfsec:ignore:aws-s3-no-public-access-with-acl:exp:2026-01-01
            }

            resource "aws_s3_bucket_acl" "none" {
              bucket = "site4"
              acl    = "public-read"
            }
            """).Where(f => f.Rule.Id == "IAC1002").ToList();
        findings.Select(f => (f.LogicalLocation!.FullyQualifiedName, f.IsSuppressed)).ShouldBe([
            ("aws_s3_bucket_acl.checkov", true),
            ("aws_s3_bucket_acl.trivy", true),
            ("aws_s3_bucket_acl.tfsec", false), // its exp: date has passed
            ("aws_s3_bucket_acl.none", false),
        ]);
        findings[0].Suppression!.Justification.ShouldBe("the bucket hosts a public website");
    }
}
