using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform;

/// <summary>
/// Resources that configure another one from outside (<c>azurerm_storage_account_network_rules</c> pointing at its
/// account with <c>storage_account_id = azurerm_storage_account.a.id</c>, an <c>aws_s3_bucket_versioning</c> at its
/// bucket with <c>bucket = aws_s3_bucket.b.id</c>, or by name). Finds them for a target.
/// </summary>
public static class Companions
{
    /// <summary>Companions of a type in the target's module whose reference attribute (first present of
    /// <paramref name="referenceAttributes"/>) points at the target, by address or by the target's <c>name</c>.</summary>
    public static IEnumerable<ResourceInstance> For(TerraformConfiguration configuration, ResourceInstance target, string companionType, params string[] referenceAttributes) =>
        configuration.OfType(companionType).Where(r => r.Module == target.Module && PointsAt(Reference(r, referenceAttributes), target));

    /// <summary>Whether some companion of the type has a reference that cannot be resolved (it might be the target).</summary>
    public static bool AnyUnresolved(TerraformConfiguration configuration, ResourceInstance target, string companionType, params string[] referenceAttributes) =>
        configuration.OfType(companionType).Any(r => r.Module == target.Module && Reference(r, referenceAttributes) is TfUnknown { RefersTo: null });

    public static bool PointsAt(TfValue? reference, ResourceInstance target) => reference switch
    {
        TfUnknown unknown => unknown.RefersTo == target.Address,
        TfString name => target.Body.Attribute(NameAttribute(target))?.Value is TfString own && own.Value == name.Value,
        _ => false,
    };

    /// <summary>The attribute a target is named by: <c>bucket</c> for an S3 bucket, else <c>name</c>.</summary>
    private static string NameAttribute(ResourceInstance target) => target.Type == "aws_s3_bucket" ? "bucket" : "name";

    private static TfValue? Reference(ResourceInstance companion, string[] attributes) =>
        attributes.Select(a => companion.Body.Attribute(a)?.Value).FirstOrDefault(v => v is not null);
}
