namespace Court.Kernel.Filing;

/// <summary>
/// Where the interview stands: the proposed kind with the reason in Chinese, or the next question to ask, or
/// (neither) an explanation of why online filing cannot go on and what to do instead.
/// </summary>
public sealed record FilingSuggestion(FilingCaseKind? Kind, string Explanation, InterviewQuestion? NextQuestion);

/// <summary>The guided interview (智能导引): who you are, what happened, what you want → the case kind.</summary>
public static class FilingGuide
{
    private const string Consult = "请到人民法院诉讼服务中心咨询，或拨打12368诉讼服务热线。";

    /// <summary>
    /// Walks the interview in order with the answers so far (question key → option value). Questions whose
    /// conditions do not hold are skipped; the first applicable unanswered one is returned as the next question.
    /// </summary>
    public static FilingSuggestion Suggest(FilingCatalogue catalogue, IReadOnlyDictionary<string, string?> answers)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(answers);

        var chosen = new List<InterviewOption>();
        foreach (var question in catalogue.Interview)
        {
            if (!Holds(question.AskWhen, answers)) continue;
            var answer = answers.GetValueOrDefault(question.Key);
            if (string.IsNullOrWhiteSpace(answer)) return new(null, $"请回答：{question.Label}", question);
            var option = question.Options.FirstOrDefault(o => o.Value == answer);
            if (option is null) return new(null, $"“{question.Label}”没有“{answer}”这个选项，请从列出的选项中选择。", question);
            if (option.Stop is { } stop) return new(null, stop, null);
            chosen.Add(option);
        }

        var kind = catalogue.All.FirstOrDefault(k => Holds(k.When, answers));
        if (kind is null)
            return new(null, $"根据您的回答（{string.Join("；", chosen.Select(o => o.Label))}），暂时没有可以在线导引立案的案件类型。{Consult}", null);
        return new(kind, $"建议案由：{kind.Name}。您的回答：{string.Join("；", chosen.Select(o => o.Label))}。{kind.Explanation}", null);
    }

    /// <summary>Whether <paramref name="question"/> is asked given the answers to the questions before it (its AskWhen holds).</summary>
    public static bool Asks(InterviewQuestion question, IReadOnlyDictionary<string, string?> answers)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answers);
        return Holds(question.AskWhen, answers);
    }

    private static bool Holds(IReadOnlyDictionary<string, IReadOnlyList<string>>? conditions, IReadOnlyDictionary<string, string?> answers) =>
        conditions is null || conditions.All(c => answers.GetValueOrDefault(c.Key) is { } answer && c.Value.Contains(answer));
}
