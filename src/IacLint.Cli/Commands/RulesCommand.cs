using System.CommandLine;
using System.Text.Json;
using IacLint.Findings;
using IacLint.Rules;

namespace IacLint.Cli.Commands;

/// <summary><c>iaclint rules</c>: list the rules as a table, markdown or JSON, or write one help page per rule.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "List the rules with their ids, levels and help.");
        var format = new Option<string>("--format", "-f") { Description = "table, markdown or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "markdown", "json");
        var docs = new Option<string?>("--docs") { Description = "Write one markdown help page per rule (ID.md) into this folder." };
        command.Options.Add(format);
        command.Options.Add(docs);
        command.SetAction(parseResult => CommandRunner.Run(() =>
        {
            var rules = RuleRegistry.All.Select(r => r.Descriptor).ToList();
            if (parseResult.GetValue(docs) is { } folder)
            {
                Directory.CreateDirectory(folder);
                foreach (var rule in rules) File.WriteAllText(Path.Combine(folder, rule.Id + ".md"), rule.HelpMarkdown);
                File.WriteAllText(Path.Combine(folder, "README.md"), RuleCatalog.IndexMarkdown(rules));
                Console.WriteLine($"Wrote {rules.Count} rule pages and their index to {folder}.");
                return ExitCode.Clean;
            }
            switch (parseResult.GetValue(format))
            {
                case "json": WriteJson(rules); break;
                case "markdown": WriteMarkdown(rules); break;
                default: WriteTable(rules); break;
            }
            return ExitCode.Clean;
        }));
        return command;
    }

    private static void WriteTable(IReadOnlyList<RuleDescriptor> rules)
    {
        var nameWidth = rules.Max(r => r.Name.Length);
        foreach (var family in RuleCatalog.ByFamilyAndArea(rules))
        {
            Console.WriteLine($"{family.Key} ({family.Sum(a => a.Count())} rules)");
            foreach (var area in family)
            {
                Console.WriteLine($"  {area.Key.ToName()}");
                foreach (var rule in area)
                {
                    Console.WriteLine($"    {rule.Id,-8} {rule.DefaultLevel.ToName(),-8} {rule.Name.PadRight(nameWidth)} {rule.Title}");
                }
            }
        }
    }

    private static void WriteMarkdown(IReadOnlyList<RuleDescriptor> rules)
    {
        Console.Write(RuleCatalog.TableMarkdown(rules, "docs/rules/"));
    }

    private static void WriteJson(IReadOnlyList<RuleDescriptor> rules)
    {
        using var stream = Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteString("title", rule.Title);
            json.WriteString("description", rule.Description);
            json.WriteString("level", rule.DefaultLevel.ToName());
            if (rule.SecuritySeverity is { } severity) json.WriteNumber("securitySeverity", severity);
            else json.WriteNull("securitySeverity");
            json.WriteStartArray("tags");
            foreach (var tag in rule.Tags) json.WriteStringValue(tag);
            json.WriteEndArray();
            json.WriteString("family", RuleCatalog.FamilyOf(rule));
            json.WriteString("area", rule.Area.ToName());
            if (rule.Cwe is not null) json.WriteString("cwe", rule.Cwe);
            json.WriteStartArray("equivalentIds");
            foreach (var id in rule.Equivalents) json.WriteStringValue(id);
            json.WriteEndArray();
            json.WriteStartArray("relatedIds");
            foreach (var id in rule.Related) json.WriteStringValue(id);
            json.WriteEndArray();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }
}
