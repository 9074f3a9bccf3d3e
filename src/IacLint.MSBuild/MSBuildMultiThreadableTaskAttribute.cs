namespace Microsoft.Build.Framework;

/// <summary>
/// Marks a task as safe to run in parallel with other tasks in one process. MSBuild recognises this attribute by
/// namespace and name only, so tasks built against an older Microsoft.Build.Framework may declare it themselves.
/// IacLint's tasks qualify: they take absolute paths from the targets and read no working directory or environment.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class MSBuildMultiThreadableTaskAttribute : Attribute;
