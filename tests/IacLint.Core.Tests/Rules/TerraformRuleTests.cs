using IacLint.Findings;
using IacLint.Syntax;
using IacLint.Terraform.Model;

namespace IacLint.Tests.Rules;

// One table per rule: fixture folder and the exact ranges (path:startLine:startColumn-endLine:endColumn) expected.
// Fixtures cover values that arrive through variables, tfvars, locals, count, for_each, dynamic blocks and local modules.

public class SecurityGroupOpenAdminPortsTests
{
    [Theory]
    [InlineData("fire-ssh-via-tfvars-and-dynamic", new[] { "main.tf:17:19-17:35", "main.tf:26:21-26:34" })]
    [InlineData("fire-rdp-with-count-and-module", new[] { "main.tf:7:23-7:72", "modules/ingress/main.tf:7:23-7:31" })]
    [InlineData("dont-fire-restricted-or-public-web", new string[0])]
    public void Fires_on_world_open_admin_ports(string fixture, string[] expected) => RuleFixture.Ranges("IAC1001", fixture).ShouldBe(expected);

    [Fact]
    public void Relates_the_tfvars_line_and_the_module_call_site()
    {
        var viaTfvars = RuleFixture.Scan("IAC1001", "fire-ssh-via-tfvars-and-dynamic")[0];
        viaTfvars.RelatedLocations.ShouldHaveSingleItem().Location.Path.ShouldBe("terraform.tfvars");
        var viaModule = RuleFixture.Scan("IAC1001", "fire-rdp-with-count-and-module")[1];
        viaModule.LogicalLocation!.FullyQualifiedName.ShouldBe("module.open.aws_vpc_security_group_ingress_rule.all");
        viaModule.RelatedLocations.Select(r => (r.Location.Path, r.Location.Span.StartLine, r.Label)).ShouldBe([
            ("main.tf", 13, "value set here"),
            ("main.tf", 11, "called as module.open"),
        ]);
        RuleFixture.Scan("IAC1001", "fire-rdp-with-count-and-module")[0].LogicalLocation!.FullyQualifiedName.ShouldBe("aws_security_group_rule.rdp[0]");
    }
}

public class S3BucketPublicAclTests
{
    [Theory]
    [InlineData("fire-public-acl", new[] { "main.tf:12:12-12:19", "main.tf:17:12-17:31" })]
    [InlineData("dont-fire-private-acl", new string[0])]
    public void Fires_on_public_canned_acls(string fixture, string[] expected) => RuleFixture.Ranges("IAC1002", fixture).ShouldBe(expected);
}

public class S3PublicAccessBlockTests
{
    [Theory]
    [InlineData("fire-missing-block", new[] { "main.tf:1:1-1:36" })]
    [InlineData("dont-fire-complete-block", new string[0])]
    [InlineData("dont-fire-partial-block", new string[0])]
    [InlineData("dont-fire-account-wide-block", new string[0])]
    public void Fires_only_where_no_block_exists(string fixture, string[] expected) => RuleFixture.Ranges("IAC1003", fixture).ShouldBe(expected);
}

public class RdsStorageNotEncryptedTests
{
    [Theory]
    [InlineData("fire-unencrypted-databases", new[] { "main.tf:9:23-9:34", "main.tf:12:1-12:37" })]
    [InlineData("dont-fire-encrypted-or-replica", new string[0])]
    public void Fires_on_unencrypted_storage(string fixture, string[] expected) => RuleFixture.Ranges("IAC1004", fixture).ShouldBe(expected);

    [Fact]
    public void An_auto_tfvars_file_overrides_the_default() =>
        RuleFixture.Scan("IAC1004", "fire-unencrypted-databases")[0].RelatedLocations.ShouldHaveSingleItem().Location.Path.ShouldBe("prod.auto.tfvars");
}

public class EbsVolumeNotEncryptedTests
{
    [Theory]
    [InlineData("fire-unencrypted-volumes", new[] { "main.tf:1:1-1:33", "main.tf:11:17-11:22" })]
    [InlineData("dont-fire-encrypted-volumes", new string[0])]
    [InlineData("dont-fire-encryption-by-default", new string[0])]
    [InlineData("fire-encryption-by-default-in-another-root-only", new[] { "envs/production/main.tf:2:1-2:33" })]
    public void Fires_on_unencrypted_volumes(string fixture, string[] expected) => RuleFixture.Ranges("IAC1005", fixture).ShouldBe(expected);
}

public class S3EncryptionNotConfiguredTests
{
    [Theory]
    [InlineData("fire-no-encryption-config", new[] { "main.tf:1:1-1:32" })]
    [InlineData("fire-rule-without-default", new[] { "main.tf:5:1-5:69" })]
    [InlineData("dont-fire-kms-config", new string[0])]
    public void Fires_without_an_encryption_configuration(string fixture, string[] expected) => RuleFixture.Ranges("IAC1006", fixture).ShouldBe(expected);
}

public class IamWildcardAdminPolicyTests
{
    [Theory]
    [InlineData("fire-admin-policies", new[] { "main.tf:7:17-7:35", "main.tf:14:12-21:5", "main.tf:27:12-32:6" })]
    [InlineData("dont-fire-scoped-policies", new string[0])]
    public void Fires_on_star_on_star_in_documents_jsonencode_and_heredocs(string fixture, string[] expected) => RuleFixture.Ranges("IAC1007", fixture).ShouldBe(expected);
}

public class RdsPubliclyAccessibleTests
{
    [Theory]
    [InlineData("fire-public-database", new[] { "modules/db/main.tf:8:25-8:35" })]
    [InlineData("dont-fire-private-database", new string[0])]
    public void Fires_on_public_databases(string fixture, string[] expected) => RuleFixture.Ranges("IAC1008", fixture).ShouldBe(expected);
}

public class RdsNoBackupRetentionTests
{
    [Theory]
    [InlineData("fire-no-backups", new[] { "main.tf:7:29-7:42" })]
    [InlineData("dont-fire-backups-or-replica", new string[0])]
    public void Fires_on_zero_retention(string fixture, string[] expected) => RuleFixture.Ranges("IAC1009", fixture).ShouldBe(expected);
}

public class RdsDeletionProtectionDisabledTests
{
    [Theory]
    [InlineData("fire-unprotected", new[] { "main.tf:1:1-1:36", "main.tf:8:25-8:35" })]
    [InlineData("dont-fire-protected", new string[0])]
    public void Fires_without_deletion_protection(string fixture, string[] expected) => RuleFixture.Ranges("IAC1010", fixture).ShouldBe(expected);

    [Fact]
    public void For_each_instances_are_addressed_by_key() =>
        RuleFixture.Scan("IAC1010", "fire-unprotected")[1].LogicalLocation!.FullyQualifiedName.ShouldBe("aws_rds_cluster.reports[\"eu\"]");
}

public class RdsSkipFinalSnapshotTests
{
    [Theory]
    [InlineData("fire-skip-final-snapshot", new[] { "main.tf:7:25-7:40" })]
    [InlineData("dont-fire-final-snapshot", new string[0])]
    public void Fires_when_the_final_snapshot_is_skipped(string fixture, string[] expected) => RuleFixture.Ranges("IAC1011", fixture).ShouldBe(expected);
}

public class S3VersioningDisabledTests
{
    [Theory]
    [InlineData("fire-versioning-off", new[] { "main.tf:1:1-1:32", "main.tf:12:14-12:25", "main.tf:19:15-19:20" })]
    [InlineData("dont-fire-versioning-on", new string[0])]
    [InlineData("dont-fire-object-lock", new string[0])]
    public void Fires_without_versioning(string fixture, string[] expected) => RuleFixture.Ranges("IAC1012", fixture).ShouldBe(expected);
}

public class S3AccessLoggingDisabledTests
{
    [Theory]
    [InlineData("fire-no-logging", new[] { "main.tf:1:1-1:32" })]
    [InlineData("dont-fire-logged-and-log-target", new string[0])]
    public void Fires_without_access_logging(string fixture, string[] expected) => RuleFixture.Ranges("IAC1013", fixture).ShouldBe(expected);
}

public class NsgOpenAdminPortsTests
{
    [Theory]
    [InlineData("fire-open-ssh-and-rdp", new[] { "main.tf:19:34-19:37", "main.tf:32:33-32:50" })]
    [InlineData("dont-fire-restricted", new string[0])]
    [InlineData("dont-fire-icmp", new string[0])]
    public void Fires_on_internet_open_admin_ports(string fixture, string[] expected) => RuleFixture.Ranges("IAC2001", fixture).ShouldBe(expected);
}

public class StoragePublicBlobAccessTests
{
    [Theory]
    [InlineData("fire-public-blobs", new[] { "main.tf:7:37-7:41", "main.tf:13:27-13:33" })]
    [InlineData("dont-fire-private-blobs", new string[0])]
    public void Fires_on_anonymous_blob_access(string fixture, string[] expected) => RuleFixture.Ranges("IAC2002", fixture).ShouldBe(expected);
}

public class StorageHttpAllowedTests
{
    [Theory]
    [InlineData("fire-http-allowed", new[] { "main.tf:7:32-7:37", "main.tf:16:31-16:36" })]
    [InlineData("dont-fire-https-only", new string[0])]
    public void Fires_when_http_is_allowed(string fixture, string[] expected) => RuleFixture.Ranges("IAC2003", fixture).ShouldBe(expected);
}

public class StorageMinimumTlsTests
{
    [Theory]
    [InlineData("fire-old-tls", new[] { "main.tf:11:30-11:37" })]
    [InlineData("dont-fire-tls12", new string[0])]
    public void Fires_on_tls_below_1_2(string fixture, string[] expected) => RuleFixture.Ranges("IAC2004", fixture).ShouldBe(expected);
}

public class ProviderVersionNotConstrainedTests
{
    [Theory]
    [InlineData("fire-unconstrained-providers", new[] { "main.tf:3:5-3:8", "main.tf:17:1-17:30" })]
    [InlineData("dont-fire-constrained-providers", new string[0])]
    public void Fires_on_providers_without_constraints(string fixture, string[] expected) => RuleFixture.Ranges("IAC3001", fixture).ShouldBe(expected);
}

public class ModuleSourceNotPinnedTests
{
    [Theory]
    [InlineData("fire-unpinned-modules", new[] { "main.tf:2:12-2:43", "main.tf:6:12-6:57", "main.tf:10:12-10:45" })]
    [InlineData("dont-fire-pinned-modules", new string[0])]
    public void Fires_on_unpinned_sources(string fixture, string[] expected) => RuleFixture.Ranges("IAC3002", fixture).ShouldBe(expected);
}

public class CouldNotEvaluateTests
{
    [Theory]
    [InlineData("fire-remote-module-and-unknown-count", new[] { "main.tf:2:13-2:44", "main.tf:9:16-9:67" })]
    [InlineData("dont-fire-local-and-known", new string[0])]
    [InlineData("fire-unknown-input-once-per-module-call", new[] { "modules/nodes/main.tf:10:16-10:33" })]
    public void Notes_what_was_not_audited(string fixture, string[] expected) => RuleFixture.Ranges("IAC0005", fixture).ShouldBe(expected);

    [Fact]
    public void Unknown_counts_inside_a_module_call_are_one_note_for_the_call()
    {
        var note = RuleFixture.Scan("IAC0005", "fire-unknown-input-once-per-module-call").ShouldHaveSingleItem();
        note.Message.ShouldStartWith("Could not evaluate the count or for_each of 9 resources in module.nodes, for example module.nodes[\"blue\"].aws_subnet.this (");
        note.LogicalLocation!.FullyQualifiedName.ShouldBe("module.nodes");
    }

    [Fact]
    public void The_example_of_a_module_calls_note_does_not_depend_on_the_order_notes_arrive_in()
    {
        // Instances of one resource share its place; roots and rules note them in any order.
        var place = new Location("main.tf", new SourceSpan(3, 1, 3, 20, 40, 59));
        TerraformNote Instance(string key) => new(place,
            $"Could not evaluate the count or for_each of module.nodes[\"{key}\"].aws_subnet.this (var.x is unknown); it is audited as one instance.",
            new LogicalLocation($"module.nodes[\"{key}\"].aws_subnet.this", "resource"));
        var forwards = IacLint.Terraform.TerraformFamily.SummarisePerModuleCall([Instance("blue"), Instance("green")]).ShouldHaveSingleItem();
        var backwards = IacLint.Terraform.TerraformFamily.SummarisePerModuleCall([Instance("green"), Instance("blue")]).ShouldHaveSingleItem();
        backwards.ShouldBe(forwards);
        forwards.Message.ShouldContain("for example module.nodes[\"blue\"].aws_subnet.this");
    }

    [Theory]
    [InlineData("module.eks.module.nodes[\"a.b\"].aws_iam_role.this", "module.eks.module.nodes")]
    [InlineData("module.vpc.data.aws_region.current", "module.vpc")]
    [InlineData("aws_subnet.private", null)]
    public void The_module_call_of_an_address(string address, string? call) =>
        IacLint.Terraform.TerraformFamily.ModuleCallOf(address).ShouldBe(call);

    [Fact]
    public void A_resource_with_unknown_count_is_still_audited_as_one_instance()
    {
        var findings = IacLint.Engine.Scanner.Scan(new IacLint.Engine.ScanOptions
        {
            Root = Path.Combine(TestPaths.RuleFixtures, "IAC0005", "fire-remote-module-and-unknown-count"),
        }).Findings;
        findings.ShouldContain(f => f.Rule.Id == "IAC0005" && f.Message.Contains("audited as one instance"));
        findings.Where(f => f.Level == Level.Note).ShouldAllBe(f => f.Location.Path == "main.tf");
    }
}

public class TerraformValidationAndInternalErrorTests
{
    [Theory]
    [InlineData("fire-duplicate-resource", new[] { "main.tf:5:1-5:38" })]
    [InlineData("fire-duplicates-of-every-kind", new[] { "main.tf:2:1-2:18", "main.tf:9:3-9:7", "main.tf:13:1-13:12", "main.tf:16:1-16:32", "main.tf:19:1-19:13",
        "main.tf:22:1-22:15", "main.tf:27:1-27:15", "main.tf:34:3-34:11", "main.tf:37:1-37:8" })]
    [InlineData("fire-module-cycle", new[] { "a/main.tf:2:12-2:18", "self/main.tf:2:12-2:16" })]
    [InlineData("dont-fire-valid", new string[0])]
    public void Reports_what_terraform_validate_refuses(string fixture, string[] expected) => RuleFixture.Ranges("IAC0007", fixture).ShouldBe(expected);

    [Theory]
    [InlineData("fire-failing-rule", new[] { "main.tf:1:1-1:33" })]
    [InlineData("dont-fire-healthy", new string[0])]
    public void Reports_a_failed_unit_at_its_place(string fixture, string[] expected) => RuleFixture.Ranges("IAC0006", fixture).ShouldBe(expected);
}
