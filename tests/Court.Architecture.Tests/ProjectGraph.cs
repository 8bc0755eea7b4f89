using System.Xml.Linq;

namespace Court.Architecture.Tests;

/// <summary>
/// Projects and their direct <c>ProjectReference</c>s, keyed by path relative to the repository root with '/' separators
/// (e.g. <c>enforcement/Court.Enforcement/Court.Enforcement.csproj</c>).
/// </summary>
public sealed class ProjectGraph
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", "TestResults", "BenchmarkDotNet.Artifacts"];

    public ProjectGraph(IReadOnlyDictionary<string, IReadOnlyList<string>> references) => References = references;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> References { get; }

    public IEnumerable<string> Projects => References.Keys;

    public IReadOnlyList<string> DirectReferencesOf(string project) =>
        References.TryGetValue(project, out var refs) ? refs : [];

    /// <summary>A graph written out by hand: <c>("a/A.csproj", ["b/B.csproj"])</c>, …; referenced projects need no entry of their own.</summary>
    public static ProjectGraph Of(params (string Project, string[] References)[] projects) =>
        new(projects.ToDictionary(p => p.Project, p => (IReadOnlyList<string>)p.References, StringComparer.Ordinal));

    /// <summary>The folder holding <c>Court.sln</c>, walking up from <paramref name="start"/> (default: the test's base directory).</summary>
    public static string FindRepositoryRoot(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Court.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Court.sln above {start ?? AppContext.BaseDirectory}.");
    }

    /// <summary>
    /// Reads every <c>.csproj</c> under <paramref name="root"/> (skipping bin, obj and hidden folders). A project's references include
    /// those of any <c>Directory.Build.props</c>/<c>.targets</c> between it and the root, since MSBuild imports them into it.
    /// </summary>
    public static ProjectGraph Read(string root)
    {
        root = Path.GetFullPath(root);
        var references = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var project in EnumerateProjects(root))
        {
            var projectDir = Path.GetDirectoryName(project)!;
            var found = new List<string>();
            found.AddRange(ReferencesIn(project, projectDir, root));
            foreach (var imported in DirectoryBuildFiles(projectDir, root))
                found.AddRange(ReferencesIn(imported, projectDir, root));
            references[Relative(root, project)] = found.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        }
        return new ProjectGraph(references);
    }

    private static IEnumerable<string> EnumerateProjects(string root)
    {
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(dir, "*.csproj")) yield return file;
            foreach (var sub in Directory.EnumerateDirectories(dir))
            {
                var name = Path.GetFileName(sub);
                if (name.StartsWith('.') || SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
                pending.Push(sub);
            }
        }
    }

    private static IEnumerable<string> DirectoryBuildFiles(string projectDir, string root)
    {
        for (var dir = new DirectoryInfo(projectDir); dir is not null && dir.FullName.Length >= root.Length; dir = dir.Parent)
            foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets" })
            {
                var file = Path.Combine(dir.FullName, name);
                if (File.Exists(file)) yield return file;
            }
    }

    private static IEnumerable<string> ReferencesIn(string file, string projectDir, string root)
    {
        var fileDir = Path.GetDirectoryName(file)!;
        foreach (var element in XDocument.Load(file).Descendants().Where(e => e.Name.LocalName == "ProjectReference"))
        {
            var include = element.Attribute("Include")?.Value.Trim();
            if (string.IsNullOrEmpty(include)) continue;
            var path = include
                .Replace("$(MSBuildThisFileDirectory)", fileDir + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase)
                .Replace("$(MSBuildProjectDirectory)", projectDir, StringComparison.OrdinalIgnoreCase)
                .Replace('\\', '/');
            if (path.Contains("$(", StringComparison.Ordinal))
                throw new InvalidOperationException($"{Relative(root, file)}: cannot resolve ProjectReference '{include}'; spell the path out.");
            yield return Relative(root, Path.GetFullPath(Path.Combine(projectDir, path)));
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
