using IacLint.Findings;
using IacLint.Kubernetes;
using IacLint.Syntax;

namespace IacLint.Rules.Kubernetes;

/// <summary>IAC4012: a container image is untagged or uses <c>latest</c>.</summary>
public sealed class ImageNotPinned : ContainerRule
{
    public override RuleDescriptor Descriptor { get; } = new(
        Id: "IAC4012", Name: "k8s-image-not-pinned", Title: "Container image is untagged or uses latest",
        Description: "A container image has no tag, or the tag `latest`, and no `@sha256:` digest.",
        Why: "An image that moves means the same manifest deploys different code on different days and nodes; rollbacks and audits cannot tell what ran.",
        HowToFix: "Use an immutable tag per build, ideally with its digest (`registry/app:1.4.2@sha256:…`).",
        Example: "```yaml\nimage: ghcr.io/example/orders:1.4.2\n```",
        DefaultLevel: Level.Warning, SecuritySeverity: 4.5, Tags: ["security", "supply-chain", "kubernetes", "versioning"], Cwe: "CWE-1104",
        EquivalentIds: ["polaris:tagNotSpecified", "kube-linter:latest-tag", "checkov:CKV_K8S_14", "checkov:CKV_K8S_43", "trivy:KSV013", "kube-score:container-image-tag"],
        Area: AuditArea.Patching,
        Precision: Precision.VeryHigh);

    protected override IEnumerable<Finding> Check(KubernetesObject obj, Container container)
    {
        if (container.Node.Find("image")?.Value is not DataScalar { Text: { } image } node) yield break;
        if (image.Contains("@sha256:", StringComparison.Ordinal)) yield break;
        var tag = Tag(image);
        if (tag is null) yield return Report(obj, node, $"The image \"{image}\" of the {Describe(obj, container)} has no tag.");
        else if (tag == "latest") yield return Report(obj, node, $"The image \"{image}\" of the {Describe(obj, container)} uses the latest tag.");
    }

    /// <summary>The tag after the last ':' that comes after the last '/' (a registry port is not a tag).</summary>
    public static string? Tag(string image)
    {
        var slash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        return colon > slash ? image[(colon + 1)..] : null;
    }
}
