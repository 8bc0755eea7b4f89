using System.Diagnostics.CodeAnalysis;

namespace Court.Kernel.Filing;

/// <summary>
/// The case kinds of the guided online filing and the interview that leads to them. The constructor checks that
/// every reference inside the data resolves, so a broken file fails at load time rather than in a litigant's hands.
/// </summary>
public sealed class FilingCatalogue
{
    private static readonly string[] LabourFields = ["filerRole", "arbitrationOutcome", "awardIsFinal", "decidedOn", "receivedOn"];

    private readonly Dictionary<string, FilingCaseKind> _bySlug = new(StringComparer.Ordinal);

    public FilingCatalogue(IEnumerable<FilingCaseKind> kinds, IEnumerable<InterviewQuestion> interview)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(interview);
        Interview = [.. interview];
        var questions = new Dictionary<string, InterviewQuestion>(StringComparer.Ordinal);
        foreach (var question in Interview)
        {
            if (!questions.TryAdd(question.Key, question)) throw Bad($"The interview question '{question.Key}' appears twice.");
            if (question.Options.Count == 0 || question.Options.Select(o => o.Value).Distinct().Count() != question.Options.Count)
                throw Bad($"The interview question '{question.Key}' needs distinct options.");
            CheckConditions(question.AskWhen, $"question '{question.Key}'", questions);
        }

        var ordered = new List<FilingCaseKind>();
        foreach (var kind in kinds)
        {
            if (string.IsNullOrWhiteSpace(kind.Slug) || !_bySlug.TryAdd(kind.Slug, kind)) throw Bad($"The kind slug '{kind.Slug}' is empty or appears twice.");
            CheckKind(kind, questions);
            ordered.Add(kind);
        }
        All = ordered.AsReadOnly();
    }

    public IReadOnlyList<FilingCaseKind> All { get; }

    /// <summary>The interview questions in the order they are asked.</summary>
    public IReadOnlyList<InterviewQuestion> Interview { get; }

    public bool TryGet(string slug, [NotNullWhen(true)] out FilingCaseKind? kind) => _bySlug.TryGetValue(slug, out kind);

    public FilingCaseKind Get(string slug) =>
        _bySlug.GetValueOrDefault(slug) ?? throw new KeyNotFoundException($"No filing case kind '{slug}'.");

    private static void CheckKind(FilingCaseKind kind, Dictionary<string, InterviewQuestion> questions)
    {
        var what = $"kind '{kind.Slug}'";
        if (kind.When.Count == 0) throw Bad($"The {what} is reached by no interview answer.");
        CheckConditions(kind.When, what, questions);
        var fields = new Dictionary<string, ElementField>(StringComparer.Ordinal);
        foreach (var field in kind.Fields)
        {
            if (string.IsNullOrWhiteSpace(field.Key) || !fields.TryAdd(field.Key, field)) throw Bad($"The {what} has an empty or repeated field '{field.Key}'.");
            if (string.IsNullOrWhiteSpace(field.Label) || string.IsNullOrWhiteSpace(field.Hint)) throw Bad($"The field '{field.Key}' of the {what} needs a label and a hint.");
            if ((field.Type == ElementFieldType.Choice) != (field.Choices is { Count: > 0 }))
                throw Bad($"The field '{field.Key}' of the {what} has choices only if it is a choice.");
        }
        foreach (var field in kind.Fields)
        {
            if (field.AtMost is { } cap && (field.Type != ElementFieldType.Money || fields.GetValueOrDefault(cap)?.Type != ElementFieldType.Money))
                throw Bad($"The field '{field.Key}' of the {what}: atMost must name another money field.");
            if (field.NotBefore is { } earlier && (field.Type != ElementFieldType.Date || fields.GetValueOrDefault(earlier)?.Type != ElementFieldType.Date))
                throw Bad($"The field '{field.Key}' of the {what}: notBefore must name another date field.");
        }
        foreach (var term in kind.ClaimAmount)
        {
            if (fields.GetValueOrDefault(term.Field)?.Type != ElementFieldType.Money)
                throw Bad($"The claim amount of the {what} names '{term.Field}', which is not a money field.");
        }
        if (kind.Rules.Contains(FilingRule.LabourAfterArbitration) && LabourFields.Any(k => !fields.ContainsKey(k)))
            throw Bad($"The {what} checks arbitration and needs the fields {string.Join(", ", LabourFields)}.");
    }

    private static void CheckConditions(
        IReadOnlyDictionary<string, IReadOnlyList<string>>? conditions, string what, Dictionary<string, InterviewQuestion> questions)
    {
        foreach (var (key, values) in conditions ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (!questions.TryGetValue(key, out var question)) throw Bad($"The {what} depends on the unknown (or later) question '{key}'.");
            if (values.Count == 0 || values.Any(v => question.Options.All(o => o.Value != v)))
                throw Bad($"The {what} names an answer that question '{key}' does not offer.");
        }
    }

    private static ArgumentException Bad(string message) => new(message);
}
