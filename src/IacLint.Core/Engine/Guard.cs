using IacLint.Findings;
using IacLint.Rules;
using IacLint.Syntax;

namespace IacLint.Engine;

/// <summary>
/// Runs one unit of work (a file read, a root module, an overlay build, one rule on one element, a drift family) so
/// that an exception inside it becomes one IAC0006 finding at the unit's place instead of ending the audit.
/// </summary>
public static class Guard
{
    /// <summary>Tests make a named unit throw, to prove the rest of the report survives. Flows into parallel work.</summary>
    internal static readonly AsyncLocal<Func<string, bool>?> FaultInjection = new();

    /// <summary>Everything except what leaves the process in an undefined state.</summary>
    public static bool IsRecoverable(Exception e) => e is not (OutOfMemoryException or AccessViolationException);

    /// <summary>The IAC0006 finding for a failed unit.</summary>
    public static Finding InternalError(string unit, Location location, Exception e) =>
        RuleRegistry.InternalError.Finding(
            $"IacLint failed while {unit} (internal error: {e.GetType().Name}: {FirstLine(e.Message)}); this part was not audited. Please report it.",
            location);

    /// <summary>Runs <paramref name="work"/>, materialising its findings inside the guard.</summary>
    public static IReadOnlyList<Finding> Findings(string unit, Location location, Func<IEnumerable<Finding>> work)
    {
        var (findings, failure) = Attempt(unit, work);
        return failure is null ? findings : [InternalError(unit, location, failure)];
    }

    /// <summary>The same for a unit run very many times (one rule on one resource): the unit's name and place are made
    /// only when it fails or a test injects faults, and <paramref name="state"/> spares a closure per run.</summary>
    public static IReadOnlyList<Finding> Findings<TState>(TState state, Func<TState, string> unit, Func<TState, Location> location,
        Func<TState, IEnumerable<Finding>> work)
    {
        try
        {
            if (FaultInjection.Value is not null) Inject(unit(state));
            return Materialize(work(state));
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            return [InternalError(unit(state), location(state), e)];
        }
    }

    /// <summary>Runs <paramref name="work"/> like <see cref="Findings"/> but returns the failure, for a unit run in
    /// parts (one rule on each configuration in parallel) that still reports one IAC0006 finding.</summary>
    public static (IReadOnlyList<Finding> Findings, Exception? Failure) Attempt(string unit, Func<IEnumerable<Finding>> work) =>
        Attempt(unit, work, static work => work());

    /// <summary><see cref="Attempt(string, Func{IEnumerable{Finding}})"/> with the work's input passed in, for a unit
    /// run once per rule and configuration without a closure each time.</summary>
    public static (IReadOnlyList<Finding> Findings, Exception? Failure) Attempt<TState>(string unit, TState state, Func<TState, IEnumerable<Finding>> work)
    {
        try
        {
            Inject(unit);
            return (Materialize(work(state)), null);
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            return ([], e);
        }
    }

    /// <summary>Runs <paramref name="work"/>; on failure adds the IAC0006 finding to <paramref name="sink"/> and
    /// returns <paramref name="fallback"/>.</summary>
    public static T Run<T>(string unit, Location location, Action<Finding> sink, Func<T> work, T fallback)
    {
        try
        {
            Inject(unit);
            return work();
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            sink(InternalError(unit, location, e));
            return fallback;
        }
    }

    public static void Run(string unit, Location location, Action<Finding> sink, Action work) =>
        Run(unit, location, sink, () =>
        {
            work();
            return true;
        }, false);

    /// <summary>The findings as a list; most units find nothing, and those share one empty list.</summary>
    private static IReadOnlyList<Finding> Materialize(IEnumerable<Finding> findings)
    {
        using var enumerator = findings.GetEnumerator();
        if (!enumerator.MoveNext()) return [];
        var list = new List<Finding> { enumerator.Current };
        while (enumerator.MoveNext()) list.Add(enumerator.Current);
        return list;
    }

    /// <summary>The start of a file, for units that are a whole file or folder.</summary>
    public static Location FileStart(string path) => new(path, SourceSpan.FileStart);

    private static void Inject(string unit)
    {
        if (FaultInjection.Value is { } inject && inject(unit)) throw new InvalidOperationException($"injected fault in {unit}");
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        var line = end < 0 ? message : message[..end];
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
