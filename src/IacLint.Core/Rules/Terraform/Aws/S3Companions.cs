using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>
/// Since AWS provider v4 a bucket's ACL, versioning, logging, encryption and public access block are separate
/// resources pointing at it with <c>bucket = aws_s3_bucket.b.id</c> (or its name). Finds them for a bucket.
/// </summary>
internal static class S3Companions
{
    public static IEnumerable<ResourceInstance> For(TerraformConfiguration configuration, ResourceInstance bucket, string companionType) =>
        configuration.OfType(companionType).Where(r => r.Module == bucket.Module && PointsAt(r.Body.Attribute("bucket")?.Value, bucket));

    public static bool PointsAt(TfValue? reference, ResourceInstance bucket) => reference switch
    {
        TfUnknown unknown => unknown.RefersTo == bucket.Address,
        TfString name => bucket.Body.Attribute("bucket")?.Value is TfString own && own.Value == name.Value,
        _ => false,
    };

    /// <summary>Whether any companion of this type has a bucket reference that cannot be resolved (it might be this bucket).</summary>
    public static bool AnyUnresolved(TerraformConfiguration configuration, ResourceInstance bucket, string companionType) =>
        configuration.OfType(companionType).Any(r => r.Module == bucket.Module &&
                                   r.Body.Attribute("bucket")?.Value is TfUnknown { RefersTo: null });
}
