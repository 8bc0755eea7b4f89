using System.Text.RegularExpressions;

namespace Court.Architecture.Tests;

/// <summary>Product code reads the time from an injected TimeProvider, so deadlines and leases can be tested.</summary>
internal static partial class ClockRules
{
    public static readonly string[] ProductFolders = ["court-services", "gov-data-bridge", "e-dossier", "enforcement", "bankruptcy", "seeds"];

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex AmbientClock();

    /// <summary>Lines (<c>path:line: text</c>) that read the ambient clock in the given C# sources.</summary>
    public static IReadOnlyList<string> Check(IEnumerable<(string Path, string Text)> sources) =>
        sources
            .SelectMany(s => s.Text.Split('\n').Select((line, i) => (s.Path, Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && AmbientClock().IsMatch(l.Text))
            .Select(l => $"{l.Path}:{l.Line}: {l.Text}")
            .ToList();

    public static IEnumerable<(string Path, string Text)> ProductSources(string root) =>
        ProductFolders
            .Select(f => Path.Combine(root, f))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(root, f), File.ReadAllText(f)));
}
