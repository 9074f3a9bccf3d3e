namespace IacLint.Drift;

public enum DriftKind
{
    /// <summary>In the earlier environment (staging), missing in the later (production).</summary>
    MissingInLater,
    /// <summary>Only in the later environment.</summary>
    OnlyInLater,
    /// <summary>A rule passes in the earlier environment and fails in the later.</summary>
    Weaker,
    /// <summary>A version is ahead or behind.</summary>
    VersionSkew,
    /// <summary>Any other value difference.</summary>
    ValueDiffers,
}

/// <summary>One difference between two environments, with both sides; values are already masked where secret.</summary>
public sealed record DriftDifference(
    DriftKind Kind,
    DriftFamily Family,
    string Group,
    string Key,
    string From,
    string To,
    DriftElement? FromElement,
    DriftElement? ToElement,
    string? FromValue,
    string? ToValue,
    bool Expected,
    string Detail);
