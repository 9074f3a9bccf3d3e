using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>
/// S3 specifics over <see cref="Companions"/>: since AWS provider v4 a bucket's ACL, versioning, logging, encryption
/// and public access block are separate resources pointing at it with <c>bucket = aws_s3_bucket.b.id</c> (or its name).
/// </summary>
internal static class S3Companions
{
    /// <summary>Whether another bucket sends its server access logs to this one.</summary>
    public static bool IsLogTarget(TerraformConfiguration configuration, ResourceInstance bucket) =>
        configuration.OfType("aws_s3_bucket_logging").Any(r => r.Module == bucket.Module && Companions.PointsAt(r.Body.Attribute("target_bucket")?.Value, bucket)) ||
        configuration.OfType("aws_s3_bucket").Any(r => r.Body.Blocks("logging").Any(l => Companions.PointsAt(l.Get("target_bucket"), bucket)));

    /// <summary>Whether the bucket is set up to receive logs: a <c>log-delivery-write</c> ACL, an ACL grant to the
    /// LogDelivery group, a bucket policy for <c>logging.s3.amazonaws.com</c>, or another bucket's log target. S3 server
    /// access logs cannot be delivered to a bucket encrypted with a customer managed key.</summary>
    public static bool ReceivesLogs(TerraformConfiguration configuration, ResourceInstance bucket)
    {
        if (IsLogTarget(configuration, bucket) || bucket.Body.Attribute("acl")?.Value is TfString { Value: "log-delivery-write" }) return true;
        foreach (var acl in Companions.For(configuration, bucket, "aws_s3_bucket_acl", "bucket"))
        {
            if (acl.Body.Attribute("acl")?.Value is TfString { Value: "log-delivery-write" }) return true;
            var grantees = acl.Body.Blocks("access_control_policy").SelectMany(p => p.Blocks("grant")).SelectMany(g => g.Blocks("grantee"));
            if (grantees.Any(g => g.Get("uri") is TfString uri && uri.Value.EndsWith("/s3/LogDelivery", StringComparison.Ordinal))) return true;
        }
        return Companions.For(configuration, bucket, "aws_s3_bucket_policy", "bucket").Any(p =>
            p.Body.Attribute("policy") is { } policy && PolicyDocuments.ReadResolved(configuration, p.Body, policy) is { } statements &&
            statements.Any(s => s.Allows && s.Principals.Any(principal => principal is ("Service", "logging.s3.amazonaws.com"))));
    }

    /// <summary>The buckets of the configuration that a resource's attribute (a trail's <c>s3_bucket_name</c>) points at.</summary>
    public static IEnumerable<ResourceInstance> Named(TerraformConfiguration configuration, ResourceInstance owner, string attribute) =>
        owner.Body.Attribute(attribute)?.Value is { } name
            ? configuration.OfType("aws_s3_bucket").Where(b => b.Module == owner.Module && Companions.PointsAt(name, b))
            : [];
}
