using System.Text.RegularExpressions;
using Court.Host.Audit;

namespace Court.Host.Tests.Audit;

/// <summary>Issue 12 point 21: the audit log reads in Chinese, so every action the code writes must have a Chinese text.</summary>
public sealed partial class EveryAuditedActHasAChineseName
{
    /// <summary>Actions built from parts at run time, with the source fragment that builds them (checked to still exist).</summary>
    private static readonly (string Fragment, string[] Actions)[] Composed =
    [
        ("\"power-of-attorney.\" + status", ["power-of-attorney.pending", "power-of-attorney.confirmed", "power-of-attorney.verified", "power-of-attorney.declined"]),
        ("\"mediation.\" + (agreed ? \"agreement\" : \"failed\")", ["mediation.agreement", "mediation.failed"]),
        ("first ? \"service.open\" : \"service.reopen\"", ["service.open", "service.reopen"]),
        ("resubmission ? \"filing.resubmit\" : \"filing.submit\"", ["filing.resubmit", "filing.submit"]),
        ("$\"dossier.{what}.{(IsDownload(http) ? \"download\" : \"view\")}\"",
            ["dossier.document.view", "dossier.document.download", "dossier.merged.view", "dossier.merged.download",
             "dossier.filing.document.view", "dossier.filing.document.download"]),
    ];

    [GeneratedRegex("""(?:AuditRecord\(\s*|CheckAsync\(\s*|(?:Action|QuerySubject|QueryAssets|QuerySocialSecurity)\w* = )"([A-Za-z][A-Za-z.-]*[A-Za-z])"(?!\s*\+)""")]
    private static partial Regex LiteralAction();

    [Fact]
    public void Every_action_written_anywhere_in_the_code_has_a_chinese_text()
    {
        var sources = SourceFiles().Select(File.ReadAllText).ToList();
        var literal = sources.SelectMany(s => LiteralAction().Matches(s).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        foreach (var (fragment, _) in Composed)
            sources.ShouldContain(s => s.Contains(fragment, StringComparison.Ordinal), $"the code that composes {fragment}");

        var actions = literal.Concat(Composed.SelectMany(c => c.Actions)).Distinct().Order(StringComparer.Ordinal).ToList();

        actions.Count.ShouldBeGreaterThan(40);
        actions.Where(a => !AuditActionNames.All.ContainsKey(a)).ShouldBeEmpty("actions without a Chinese text");
        AuditActionNames.All.Values.ShouldAllBe(text => text.Any(c => c >= '\u4e00' && c <= '\u9fff'));
    }

    private static IEnumerable<string> SourceFiles()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Court.sln"))) root = root.Parent;
        root.ShouldNotBeNull("the repository root above the test binaries");
        return new[] { "court-services", "e-dossier", "enforcement", "bankruptcy", "gov-data-bridge" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root.FullName, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }
}
