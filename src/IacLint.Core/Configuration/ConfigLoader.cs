using IacLint.Findings;
using IacLint.Rules;
using IacLint.Syntax;
using IacLint.Syntax.Toml;

namespace IacLint.Configuration;

/// <summary>
/// Reads and validates <c>iaclint.toml</c>. Unknown tables and keys, wrong types and bad values are errors with line
/// and column, because a setting that is silently ignored is worse than none.
/// </summary>
public static class ConfigLoader
{
    public sealed record Result(IacLintConfig Config, IReadOnlyList<ConfigError> Errors);

    public static Result Load(string path, string displayPath)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Result(IacLintConfig.Default, [new ConfigError(displayPath, 1, 1, $"Configuration file could not be read: {e.Message}")]);
        }
        return Parse(new SourceText(displayPath, text));
    }

    public static Result Parse(SourceText source)
    {
        var errors = new List<ConfigError>();
        var document = TomlReader.Read(source);
        foreach (var diagnostic in document.Diagnostics) errors.Add(Error(source, diagnostic.Span, diagnostic.Message));
        if (document.Root is not DataObject root) return new Result(IacLintConfig.Default, errors);

        var include = new List<string>();
        var exclude = new List<string>();
        Level? failOn = null;
        var rules = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase);
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        List<string>? chain = null;
        var expected = new List<string>();

        foreach (var section in root.Properties)
        {
            switch (section.Name)
            {
                case "scan":
                    foreach (var setting in Table(source, section, errors))
                    {
                        switch (setting.Name)
                        {
                            case "include": include.AddRange(Strings(source, setting, errors)); break;
                            case "exclude": exclude.AddRange(Strings(source, setting, errors)); break;
                            case "fail-on":
                                var text = String(source, setting, errors);
                                if (text is null) break;
                                if (LevelNames.TryParse(text, out var level)) failOn = level;
                                else errors.Add(Error(source, setting.Value.Span, $"'fail-on' must be error, warning, note or none, not '{text}'"));
                                break;
                            default: errors.Add(Unknown(source, setting, "scan")); break;
                        }
                    }
                    break;
                case "rules":
                    foreach (var setting in Table(source, section, errors))
                    {
                        var rule = RuleRegistry.Find(setting.Name);
                        if (rule is null)
                        {
                            errors.Add(Error(source, setting.NameSpan, $"'{setting.Name}' is not a rule id or name{Suggestion(setting.Name, RuleRegistry.All.SelectMany(r => new[] { r.Descriptor.Id, r.Descriptor.Name }))} (see 'iaclint rules')"));
                            continue;
                        }
                        var value = String(source, setting, errors);
                        if (value is null) continue;
                        RuleSetting? parsed = value.ToLowerInvariant() switch
                        {
                            "off" => new RuleSetting(false, null),
                            "on" => new RuleSetting(true, null),
                            "error" => new RuleSetting(true, Level.Error),
                            "warning" => new RuleSetting(true, Level.Warning),
                            "note" => new RuleSetting(true, Level.Note),
                            _ => null,
                        };
                        if (parsed is null)
                        {
                            errors.Add(Error(source, setting.Value.Span, $"A rule is set to off, on, error, warning or note, not '{value}'"));
                            continue;
                        }
                        rules[rule.Descriptor.Id] = parsed;
                    }
                    break;
                case "environments":
                    foreach (var setting in Table(source, section, errors))
                    {
                        if (setting.Name == "compare")
                        {
                            chain = Strings(source, setting, errors);
                            if (chain.Count < 2) errors.Add(Error(source, setting.Value.Span, "'compare' needs at least two environments, earliest first"));
                            continue;
                        }
                        if (setting.Name != "aliases")
                        {
                            errors.Add(Unknown(source, setting, "environments"));
                            continue;
                        }
                        foreach (var alias in Table(source, setting, errors))
                        {
                            aliases[alias.Name] = Strings(source, alias, errors);
                        }
                    }
                    break;
                case "drift":
                    foreach (var setting in Table(source, section, errors))
                    {
                        if (setting.Name == "expected") expected.AddRange(Strings(source, setting, errors));
                        else errors.Add(Unknown(source, setting, "drift"));
                    }
                    break;
                default:
                    errors.Add(Error(source, section.NameSpan, $"Unknown section '{section.Name}'{Suggestion(section.Name, ["scan", "rules", "environments", "drift"])} (expected scan, rules, environments or drift)"));
                    break;
            }
        }

        var config = new IacLintConfig
        {
            SourcePath = source.Path,
            Include = include,
            Exclude = exclude,
            FailOn = failOn,
            Rules = rules,
            EnvironmentAliases = aliases,
            CompareChain = chain is { Count: >= 2 } ? chain.Select(c => c.ToLowerInvariant()).ToList() : ["staging", "production"],
            ExpectedDrift = expected,
        };
        return new Result(config, errors);
    }

    /// <summary>The text of the starter file <c>iaclint init</c> writes: every setting, commented.</summary>
    public const string StarterFile = """
        # iaclint.toml: settings for IacLint (https://github.com/iaclint/iaclint).
        # Every setting is optional; remove the '#' in front of a line to use it.

        [scan]
        # Globs of files to audit (default: every file IacLint understands).
        # include = ["src/**", "deploy/**"]
        # Globs of files and folders to skip, in addition to .gitignore, bin/, obj/, node_modules/, .git/ and .terraform/.
        # exclude = ["**/testdata/**"]
        # The lowest level that fails the run (exit code 1): error, warning, note or none. '--fail-on' overrides it.
        # fail-on = "error"

        [rules]
        # Turn a rule off, or change its level, by id or name: "off", "on", "error", "warning" or "note".
        # IAC5005 = "off"
        # debug-log-level-in-production = "error"

        [environments]
        # Environments compared for drift, earliest first; each is compared with the next.
        # compare = ["test", "staging", "production"]

        [environments.aliases]
        # More names for an environment, in addition to prod/prd/live, stage/stg/preprod, dev, qa/uat.
        # production = ["prod-eu", "prod-us"]

        [drift]
        # Differences between environments that are intended, as globs over the compared keys.
        # expected = ["ConnectionStrings:*", "aws_db_instance.*.instance_class", "Deployment/*:spec.replicas"]
        """;

    private static IEnumerable<DataProperty> Table(SourceText source, DataProperty property, List<ConfigError> errors)
    {
        if (property.Value is DataObject obj) return obj.Properties;
        errors.Add(Error(source, property.Value.Span, $"'{property.Name}' must be a table"));
        return [];
    }

    private static string? String(SourceText source, DataProperty property, List<ConfigError> errors)
    {
        if (property.Value is DataScalar { Kind: ScalarKind.String } scalar) return scalar.Text;
        errors.Add(Error(source, property.Value.Span, $"'{property.Name}' must be a string"));
        return null;
    }

    private static List<string> Strings(SourceText source, DataProperty property, List<ConfigError> errors)
    {
        var result = new List<string>();
        if (property.Value is not DataArray array)
        {
            errors.Add(Error(source, property.Value.Span, $"'{property.Name}' must be an array of strings"));
            return result;
        }
        foreach (var item in array.Items)
        {
            if (item is DataScalar { Kind: ScalarKind.String, Text: { } text }) result.Add(text);
            else errors.Add(Error(source, item.Span, $"'{property.Name}' must contain only strings"));
        }
        return result;
    }

    private static readonly Dictionary<string, string[]> Settings = new(StringComparer.Ordinal)
    {
        ["scan"] = ["include", "exclude", "fail-on"],
        ["environments"] = ["compare", "aliases"],
        ["drift"] = ["expected"],
    };

    private static ConfigError Unknown(SourceText source, DataProperty setting, string section) =>
        Error(source, setting.NameSpan, $"Unknown setting '{setting.Name}' in [{section}]{Suggestion(setting.Name, Settings[section])} (known: {string.Join(", ", Settings[section])})");

    private static string Suggestion(string typed, IEnumerable<string> known) =>
        Spelling.Nearest(typed, known) is { } nearest ? $"; did you mean '{nearest}'?" : "";

    private static ConfigError Error(SourceText source, SourceSpan span, string message) =>
        new(source.Path, span.StartLine, span.StartColumn, message);
}
