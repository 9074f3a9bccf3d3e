using System.Text.Json;
using System.Text.Json.Nodes;
using IacLint.AppConfig;
using IacLint.Discovery;
using IacLint.Findings;
using IacLint.Syntax;
using IacLint.Syntax.Hcl;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Terraform.Inspection;

/// <summary>
/// What the engine sees, for <c>iaclint inspect</c>: a file's syntax in hcl2json form, or a folder's resource
/// instances with evaluated attributes, unknowns marked, and where each value came from. Values of attributes named
/// like credentials are masked.
/// </summary>
public static class TerraformInspector
{
    /// <summary>The hcl2json form of one file and its syntax diagnostics.</summary>
    public static (JsonObject Json, IReadOnlyList<SyntaxDiagnostic> Diagnostics) Syntax(SourceText source)
    {
        if (source.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var file = TerraformFile.Read(source);
            return (HclJsonConverter.Convert(new HclFile(source, file.Body, file.Diagnostics, [])), file.Diagnostics);
        }
        var parsed = HclParser.Parse(source);
        return (HclJsonConverter.Convert(parsed), parsed.Diagnostics);
    }

    /// <summary>Loads a folder (with the scanner's discovery rules) and describes every resource instance.</summary>
    public static JsonObject Project(string root, TerraformOptions options)
    {
        var walk = FileWalker.Walk(root, [], []);
        var files = new List<TerraformFile>();
        var variables = new List<VariableFile>();
        var terragruntFiles = new List<Terragrunt.TerragruntFile>();
        foreach (var discovered in walk.Files)
        {
            var loaded = SourceLoader.Load(discovered);
            if (loaded.Text is null) continue;
            if (discovered.Family == FileFamily.Terraform) files.Add(TerraformFile.Read(loaded.Text));
            else if (discovered.Family == FileFamily.TerraformVariables) variables.Add(VariableFileReader.Read(loaded.Text));
            else if (discovered.Family == FileFamily.Terragrunt) terragruntFiles.Add(Terragrunt.TerragruntFile.Read(loaded.Text));
        }
        // Terragrunt units deploy their local modules with their inputs: each is a root, shown with its unit.
        var terragrunt = Terragrunt.TerragruntFamily.Load(root, terragruntFiles, Environments.EnvironmentNames.Default);
        var project = TerraformProject.Load(root, files, variables, options,
            Terragrunt.TerragruntFamily.Roots(terragrunt, files.Select(f => f.Directory).ToHashSet(StringComparer.Ordinal)));
        var result = new JsonObject
        {
            ["rootModules"] = new JsonArray(project.RootInstances.Select(r => (JsonNode)JsonValue.Create(r.RootDirectory.Length == 0 ? "." : r.RootDirectory)).ToArray()),
            ["resources"] = new JsonArray(project.Resources.Select(Describe).ToArray()),
            ["notes"] = new JsonArray(project.Notes.Select(n => (JsonNode)new JsonObject
            {
                ["location"] = Where(n.Location),
                ["message"] = n.Message,
            }).ToArray()),
        };
        return result;
    }

    private static JsonNode Describe(ResourceInstance resource)
    {
        var node = new JsonObject
        {
            ["address"] = resource.Address,
            ["mode"] = resource.Definition.Mode,
            ["type"] = resource.Type,
            ["location"] = Where(resource.Location),
        };
        if (resource.Module.RootInstance.External is { } external) node["deployedBy"] = external.Label;
        if (resource.ExpansionUnknownReason is { } reason) node["expansionUnknown"] = reason;
        var sites = resource.Module.CallSites().ToList();
        if (sites.Count > 0) node["calledFrom"] = new JsonArray(sites.Select(s => (JsonNode)JsonValue.Create(Where(s.Location))!).ToArray());
        node["attributes"] = Attributes(resource.Body);
        var blocks = new JsonObject();
        foreach (var type in resource.Definition.Block.Body.Blocks.Select(b => b.Type == "dynamic" ? b.Labels[0].Value : b.Type).Distinct())
        {
            if (type is "lifecycle" or "provisioner" or "connection") continue;
            blocks[type] = new JsonArray(resource.Body.Blocks(type).Select(b => b.Body is null ? Value(b.Value!, "") : (JsonNode)Attributes(b.Body)).ToArray());
        }
        if (blocks.Count > 0) node["blocks"] = blocks;
        return node;
    }

    private static JsonObject Attributes(BodyView body)
    {
        var attributes = new JsonObject();
        foreach (var attribute in body.Attributes())
        {
            var entry = new JsonObject { ["value"] = Value(attribute.Value, attribute.Name), ["location"] = Where(attribute.Location) };
            if (attribute.Value is TfUnknown unknown) entry["unknown"] = unknown.Reason;
            if (attribute.Origin is { } origin) entry["from"] = Where(origin);
            attributes[attribute.Name] = entry;
        }
        return attributes;
    }

    /// <summary>Deeper values are shown as a marker: JSON writers (and readers of the output) refuse deep nesting.</summary>
    private const int MaxShownDepth = 32;

    private static JsonNode? Value(TfValue value, string name, int depth = 0)
    {
        if (value.IsKnown && SecretDetection.IsSecretKey(name) && value is not TfNull) return JsonValue.Create("(sensitive)");
        if (depth >= MaxShownDepth && value is TfList or TfObject) return JsonValue.Create($"(nested deeper than {MaxShownDepth} levels; not shown)");
        return value switch
        {
            TfString s => JsonValue.Create(s.Value),
            TfNumber n when !double.IsFinite(n.Value) => JsonValue.Create(n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            TfNumber n => JsonValue.Create(n.Value),
            TfBool b => JsonValue.Create(b.Value),
            TfNull => null,
            TfList l => new JsonArray(l.Items.Select(i => Value(i, name, depth + 1)).ToArray()),
            TfObject o => new JsonObject(o.Attributes.Select(p => KeyValuePair.Create(p.Key, Value(p.Value, p.Key, depth + 1)))),
            _ => JsonValue.Create("(known after apply)"),
        };
    }

    private static string Where(Location location) => $"{location.Path}:{location.Span.StartLine}:{location.Span.StartColumn}";

    /// <summary>A readable listing of <see cref="Project"/>'s result.</summary>
    public static string Text(JsonObject project)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var resource in project["resources"]!.AsArray())
        {
            builder.Append(resource!["address"]!.GetValue<string>()).Append("  (").Append(resource["location"]!.GetValue<string>()).Append(')');
            if (resource["deployedBy"] is { } deployer) builder.Append("  [").Append(deployer.GetValue<string>()).Append(']');
            if (resource["expansionUnknown"] is { } unknown) builder.Append("  [count/for_each unknown: ").Append(unknown.GetValue<string>()).Append(']');
            builder.Append('\n');
            foreach (var (name, entry) in resource["attributes"]!.AsObject())
            {
                builder.Append("    ").Append(name).Append(" = ").Append(entry!["value"]?.ToJsonString(Compact) ?? "null");
                if (entry["unknown"] is { } reason) builder.Append("   # ").Append(reason.GetValue<string>());
                if (entry["from"] is { } from) builder.Append("   # from ").Append(from.GetValue<string>());
                builder.Append('\n');
            }
        }
        foreach (var note in project["notes"]!.AsArray())
        {
            builder.Append("note: ").Append(note!["location"]!.GetValue<string>()).Append(": ").Append(note["message"]!.GetValue<string>()).Append('\n');
        }
        return builder.ToString();
    }

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
