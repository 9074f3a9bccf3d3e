using IacLint.Findings;

namespace IacLint.Kubernetes.Kustomize;

/// <summary>A kustomization that is built on its own (no other kustomization uses it as a resource).</summary>
/// <param name="Directory">Its folder relative to the scan root.</param>
/// <param name="Location">The kustomization file.</param>
/// <param name="NamePrefix">The overlay's namePrefix, taken off names when environments are compared.</param>
public sealed record Overlay(string Directory, Location Location, string NamePrefix = "", string NameSuffix = "");
