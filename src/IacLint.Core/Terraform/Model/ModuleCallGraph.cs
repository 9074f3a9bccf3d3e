using IacLint.Findings;

namespace IacLint.Terraform.Model;

/// <summary>The local module calls between the scanned folders, to find the cycles Terraform refuses: a module
/// that calls its own folder, or folders that call each other. Every module of a cycle is "called", so none of
/// them is a root and nothing in them would be audited without this error.</summary>
public static class ModuleCallGraph
{
    public static IReadOnlyList<TerraformValidationError> Cycles(IReadOnlyDictionary<string, ModuleDefinition> modules)
    {
        var edges = new Dictionary<string, List<(ModuleCallDefinition Call, string Target)>>(StringComparer.Ordinal);
        foreach (var module in modules.Values)
        {
            var list = edges[module.Directory] = [];
            foreach (var call in module.ModuleCalls)
            {
                if (call.IsLocal && module.ResolveLocalSource(call.Source!) is { } target && modules.ContainsKey(target)) list.Add((call, target));
            }
        }
        var errors = new List<TerraformValidationError>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directory in modules.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var (call, target) in edges[directory])
            {
                var path = PathBetween(edges, target, directory);
                if (path is null) continue;
                var members = string.Join("\n", path.Order(StringComparer.Ordinal));
                if (!reported.Add(members)) continue;
                var at = call.At(call.SourceAttribute!.Value.Span);
                var message = target == directory
                    ? $"Module calls itself: module.{call.Name} has source \"{call.Source}\", the folder it is written in ({Display(directory)}); Terraform refuses the recursion and nothing in this folder is audited."
                    : $"Module call cycle: {string.Join(" → ", path.Prepend(directory).Select(Display))}; Terraform refuses the recursion and the modules of the cycle are not audited.";
                errors.Add(new TerraformValidationError(at, message, null));
            }
        }
        return errors;
    }

    /// <summary>The folders from <paramref name="from"/> to <paramref name="to"/> following calls (breadth first), or null.</summary>
    private static List<string>? PathBetween(Dictionary<string, List<(ModuleCallDefinition Call, string Target)>> edges, string from, string to)
    {
        var previous = new Dictionary<string, string?>(StringComparer.Ordinal) { [from] = null };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == to)
            {
                var path = new List<string>();
                for (string? step = current; step is not null; step = previous[step]) path.Add(step);
                path.Reverse();
                return path;
            }
            foreach (var (_, next) in edges[current])
            {
                if (previous.TryAdd(next, current)) queue.Enqueue(next);
            }
        }
        return null;
    }

    private static string Display(string directory) => directory.Length == 0 ? "." : directory;
}
