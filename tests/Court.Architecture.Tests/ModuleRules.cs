namespace Court.Architecture.Tests;

/// <summary>One forbidden dependency: <see cref="Project"/> reaches <see cref="Forbidden"/> along <see cref="Chain"/>.</summary>
public sealed record Violation(string Project, string Forbidden, IReadOnlyList<string> Chain)
{
    public bool IsDirect => Chain.Count == 2;

    public override string ToString() =>
        $"{ModuleRules.NameOf(Project)} must not depend on {ModuleRules.NameOf(Forbidden)}"
        + (IsDirect ? " (direct ProjectReference)" : $" (through {string.Join(" → ", Chain.Select(ModuleRules.NameOf))})")
        + $": {Project} → {Forbidden}";
}

/// <summary>
/// The module boundaries, as a pure function over a <see cref="ProjectGraph"/>. A module is a top-level folder in
/// <see cref="ModuleFolders"/>; its projects may depend — directly or through any chain of ProjectReferences — only on
/// <see cref="Kernel"/> and on projects of the same module. Seeds may depend on the kernel; the kernel on nothing of ours.
/// The host, tests and benchmarks are composition roots and may reference everything.
/// </summary>
public static class ModuleRules
{
    /// <summary>The business modules. A new module folder is added here, and only here.</summary>
    public static readonly IReadOnlyList<string> ModuleFolders = ["gov-data-bridge", "e-dossier", "enforcement", "bankruptcy"];

    public const string Kernel = "court-services/Court.Kernel/Court.Kernel.csproj";
    public const string Seeds = "seeds/Court.Seeds/Court.Seeds.csproj";

    /// <summary>What a constrained project may reach; null for a project the rules leave free (host, tests, benchmarks, tools).</summary>
    public static Func<string, bool>? AllowedFor(string project, IReadOnlyList<string> moduleFolders)
    {
        var module = ModuleOf(project, moduleFolders);
        if (module is not null)
            return target => target == Kernel || ModuleOf(target, moduleFolders) == module;
        return project switch
        {
            Seeds => target => target == Kernel,
            Kernel => _ => false,
            _ => null,
        };
    }

    public static IReadOnlyList<Violation> Check(ProjectGraph graph) => Check(graph, ModuleFolders);

    /// <summary>Every forbidden dependency in <paramref name="graph"/>, each with the shortest reference chain that makes it.</summary>
    public static IReadOnlyList<Violation> Check(ProjectGraph graph, IReadOnlyList<string> moduleFolders)
    {
        var violations = new List<Violation>();
        foreach (var project in graph.Projects.Order(StringComparer.Ordinal))
        {
            var allowed = AllowedFor(project, moduleFolders);
            if (allowed is null) continue;
            foreach (var (target, chain) in Reachable(graph, project))
                if (!allowed(target))
                    violations.Add(new Violation(project, target, chain));
        }
        return violations;
    }

    /// <summary>The module folder a project belongs to, or null.</summary>
    public static string? ModuleOf(string project, IReadOnlyList<string> moduleFolders)
    {
        var top = project.Split('/')[0];
        return moduleFolders.Contains(top, StringComparer.Ordinal) ? top : null;
    }

    public static string NameOf(string project) => Path.GetFileNameWithoutExtension(project);

    // Breadth first, so each target comes with its shortest chain; visited set, so reference cycles end.
    private static IEnumerable<(string Target, IReadOnlyList<string> Chain)> Reachable(ProjectGraph graph, string start)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal) { [start] = start };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var next in graph.DirectReferencesOf(current))
            {
                if (!parent.TryAdd(next, current)) continue;
                queue.Enqueue(next);
                yield return (next, ChainTo(parent, start, next));
            }
        }
    }

    private static List<string> ChainTo(Dictionary<string, string> parent, string start, string target)
    {
        var chain = new List<string> { target };
        for (var at = target; at != start; at = parent[at]) chain.Add(parent[at]);
        chain.Reverse();
        return chain;
    }
}
