namespace IacLint.Cli;

/// <summary>The process exit codes, documented in README.md; CI systems gate on them.</summary>
public enum ExitCode
{
    /// <summary>No finding at or above the <c>--fail-on</c> level (with a baseline: no new one).</summary>
    Clean = 0,

    /// <summary>Findings at or above the <c>--fail-on</c> level.</summary>
    Findings = 1,

    /// <summary>Bad command line, configuration file or baseline; nothing was audited.</summary>
    UsageError = 2,

    /// <summary>A bug in IacLint; please report it with the message printed.</summary>
    InternalError = 3,
}
