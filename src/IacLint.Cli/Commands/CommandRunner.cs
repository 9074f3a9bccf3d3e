namespace IacLint.Cli.Commands;

/// <summary>Runs a command's body so that no exception reaches the user as a stack trace: usage problems exit 2,
/// anything else is an internal error (3) with a one-line message.</summary>
internal static class CommandRunner
{
    public static int Run(Func<ExitCode> body)
    {
        try
        {
            return (int)body();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"iaclint: {e.Message}");
            return (int)ExitCode.UsageError;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"iaclint: internal error: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine("This is a bug in IacLint; please report it with the command you ran.");
            if (Environment.GetEnvironmentVariable("IACLINT_DEBUG") == "1") Console.Error.WriteLine(e);
            return (int)ExitCode.InternalError;
        }
    }
}

/// <summary>A problem with what the user asked for, reported with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
