using IacLint.Terraform.Evaluation;
using IacLint.Terraform.Functions;
using IacLint.Terraform.Values;

namespace IacLint.Terragrunt;

/// <summary>
/// Terragrunt's built-in functions, added to Terraform's for one file's evaluation. Paths are absolute, as
/// Terragrunt gives them, and never leave the scan root. What exists only when Terragrunt runs (the AWS caller, the
/// command line, <c>run_cmd</c>, an environment variable without a default) is unknown.
/// </summary>
public static class TerragruntFunctions
{
    /// <summary>The start of the reason of the unknown <c>get_env</c> gives without a default: rules look for it.</summary>
    public const string EnvironmentVariableWithoutDefault = "get_env(\"";

    private static readonly string[] RuntimeOnly =
    [
        "get_aws_account_id", "get_aws_account_alias", "get_aws_caller_identity_arn", "get_aws_caller_identity_user_id",
        "get_terraform_command", "get_terraform_cli_args", "get_working_dir", "run_cmd", "sops_decrypt_file", "get_platform",
        "get_default_retryable_errors", "get_terraform_commands_that_need_vars", "get_terraform_commands_that_need_input",
        "get_terraform_commands_that_need_locking", "get_terraform_commands_that_need_parallelism", "local_exec",
    ];

    internal static void Register(FunctionRegistry functions, TerragruntConfig config)
    {
        var project = config.Project;
        var unitDirectory = config.TerragruntDirectory;

        functions.Register("get_terragrunt_dir", _ => Path(project.Absolute(unitDirectory)));
        functions.Register("get_original_terragrunt_dir", _ => Path(project.Absolute(unitDirectory)));
        functions.Register("get_repo_root", _ => Path(project.Root));
        functions.Register("get_path_from_repo_root", _ => Path(unitDirectory.Length == 0 ? "." : unitDirectory));
        functions.Register("get_path_to_repo_root", _ => Path(unitDirectory.Length == 0 ? "." : string.Join('/', unitDirectory.Split('/').Select(_ => ".."))));
        functions.Register("get_parent_terragrunt_dir", a => Path(project.Absolute(IncludeDirectory(config, a))));
        functions.Register("path_relative_to_include", a => Path(RelativeBetween(IncludeDirectory(config, a), unitDirectory)));
        functions.Register("path_relative_from_include", a => Path(RelativeBetween(unitDirectory, IncludeDirectory(config, a))));
        functions.Register("mark_as_read", a => a.Count > 0 ? a[0] : TfValue.Null);
        functions.Register("get_env", a =>
        {
            var name = Text(a, 0);
            if (a.Count > 1) return a[1];
            return new TfUnknown($"{EnvironmentVariableWithoutDefault}{name}\") has no default: its value is whatever the environment holds when Terragrunt runs");
        }, acceptsUnknown: true);
        functions.Register("find_in_parent_folders", a =>
        {
            var name = a.Count > 0 ? Text(a, 0) : "terragrunt.hcl";
            var found = project.FindInParentFolders(unitDirectory, name);
            if (found is not null) return Path(project.Absolute(found));
            if (a.Count > 1) return a[1];
            return TfUnknown.Error($"find_in_parent_folders found no \"{name}\" above {(unitDirectory.Length == 0 ? "the scan root" : unitDirectory)} inside the scanned folder");
        });
        functions.Register("read_terragrunt_config", a =>
        {
            var path = Text(a, 0);
            var relative = project.Relative(project.Resolve(unitDirectory, path));
            var read = relative is null ? null : project.Read(relative);
            if (read is not null) return read.Exposed();
            if (a.Count > 1) return a[1];
            return new TfUnknown($"read_terragrunt_config(\"{project.Display(unitDirectory, path)}\"): the file is not among the scanned Terragrunt files");
        });
        foreach (var name in RuntimeOnly)
        {
            functions.Register(name, _ => new TfUnknown($"{name}() is known only when Terragrunt runs"), acceptsUnknown: true);
        }
    }

    /// <summary>The folder of the named include (or the first), or this file's own folder when it is itself included.</summary>
    private static string IncludeDirectory(TerragruntConfig config, IReadOnlyList<TfValue> args)
    {
        if (config.IncludeDirectory is { } own) return own;
        var name = args.Count > 0 && args[0] is TfString s ? s.Value : null;
        var include = config.Includes.FirstOrDefault(i => name is null || i.Include.Name == name);
        return include.Config?.File.Directory ?? config.TerragruntDirectory;
    }

    /// <summary>The path from one scan-relative folder to another, "." when they are the same.</summary>
    private static string RelativeBetween(string from, string to)
    {
        var a = from.Length == 0 ? [] : from.Split('/');
        var b = to.Length == 0 ? [] : to.Split('/');
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common]) common++;
        var parts = Enumerable.Repeat("..", a.Length - common).Concat(b.Skip(common)).ToList();
        return parts.Count == 0 ? "." : string.Join('/', parts);
    }

    private static string Text(IReadOnlyList<TfValue> args, int index) =>
        index < args.Count && TfConvert.TryString(args[index], out var s) ? s : throw new TfEvaluationException($"argument {index + 1} must be a string");

    private static TfString Path(string path) => new(path.Replace('\\', '/'));
}
