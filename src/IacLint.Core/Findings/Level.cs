namespace IacLint.Findings;

/// <summary>How serious a finding is; ordered so that a threshold compares with <c>&gt;=</c>.</summary>
public enum Level
{
    None = 0,
    Note = 1,
    Warning = 2,
    Error = 3,
}

public static class LevelNames
{
    public static string ToName(this Level level) => level switch
    {
        Level.Error => "error",
        Level.Warning => "warning",
        Level.Note => "note",
        _ => "none",
    };

    public static bool TryParse(string? text, out Level level)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": level = Level.Error; return true;
            case "warning": level = Level.Warning; return true;
            case "note": level = Level.Note; return true;
            case "none": level = Level.None; return true;
            default: level = Level.None; return false;
        }
    }
}
