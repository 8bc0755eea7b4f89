using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Kernel.Filing;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Mvc;

namespace Court.Host.Pages.Portals.Filing;

/// <summary>
/// 您的情况: the interview questions that apply to the answers so far; once answered, <see cref="FilingGuide.Suggest"/> proposes the
/// case kind with its explanation (or says why online filing stops here), and the filer confirms it or picks another.
/// </summary>
internal sealed class SituationModel(CourtDb db, TimeProvider clock) : FilingStepModel(db, clock)
{
    public override string Step => FilingSteps.Situation;

    public FilingCatalogue Catalogue => Reference.FilingKinds;

    /// <summary>The questions asked, with the answer saved for each (null when not yet answered).</summary>
    public IReadOnlyList<(InterviewQuestion Question, string? Answer)> Questions { get; private set; } = [];

    public FilingSuggestion Suggestion { get; private set; } = null!;

    /// <summary>The questions not asked yet that the answers on this screen could still bring in (none once a kind is proposed).</summary>
    public IReadOnlyList<InterviewQuestion> LaterQuestions =>
        Suggestion.Kind is not null ? [] : Catalogue.Interview.Where(q => q.AskWhen is not null && Questions.All(asked => asked.Question.Key != q.Key)).ToList();

    /// <summary>The kind the radio buttons start on: the one saved, else the proposed one.</summary>
    public string? ChosenKind => Filing.Kind ?? Suggestion.Kind?.Slug;

    public async Task<IActionResult> OnGetAsync(Guid filingId, CancellationToken ct)
    {
        if (await LoadAsync(filingId, ct) is { } refused) return refused;
        Prepare();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid filingId, int version, string? go, string? kind, string? shown,
        Dictionary<string, string>? answers, CancellationToken ct)
    {
        if (await LoadAsync(filingId, ct) is { } refused) return refused;
        var kept = AskedAnswers((answers ?? []).ToDictionary(p => p.Key, p => (string?)p.Value));
        if (go != "back" && Unanswered(kept) is { Count: > 0 } unanswered)
        {
            Prepare();
            foreach (var question in unanswered) FieldErrors[question.Key] = $"请选择“{question.Label}”的答案。";
            Problem = "请先回答下面的问题，再点击“下一步”。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // Answers to questions that no longer apply (an earlier answer changed) are removed, so they cannot steer the proposal.
        var interview = Catalogue.Interview.ToDictionary(q => q.Key, q => (string?)(kept.GetValueOrDefault(q.Key) ?? ""));
        var suggestion = FilingGuide.Suggest(Catalogue, kept);

        string? kindToSave;
        var proceed = false;
        if (suggestion.Kind is { } proposed)
        {
            // The filer saw this proposal and confirmed it, or chose another kind.
            proceed = shown == proposed.Slug && kind is not null && Catalogue.TryGet(kind, out _);
            kindToSave = proceed ? kind : proposed.Slug;
        }
        else
        {
            kindToSave = "";
        }

        if (await SaveDraftAsync(new SaveDraftRequest(version, kindToSave, null, interview, null, null, null, null), ct) is { } problem)
        {
            Problem = problem.Detail;
            Prepare();
            return Page();
        }
        if (go == "back") return Redirect(FilingSteps.StatusPath(filingId));
        return proceed ? Redirect(PathOf(FilingSteps.Parties)) : Redirect(PathOf(FilingSteps.Situation));
    }

    /// <summary>The questions the page showed (those asked given the saved answers) that the post leaves unanswered.</summary>
    private List<InterviewQuestion> Unanswered(IReadOnlyDictionary<string, string?> posted)
    {
        var saved = AskedAnswers(Filing.Interview.ToDictionary(a => a.Key, a => (string?)a.Value));
        return Catalogue.Interview.Where(q => FilingGuide.Asks(q, saved) && FilingGuide.Asks(q, posted) && posted.GetValueOrDefault(q.Key) is null).ToList();
    }

    private void Prepare()
    {
        var saved = Filing.Interview.ToDictionary(a => a.Key, a => (string?)a.Value);
        var kept = AskedAnswers(saved);
        Questions = Catalogue.Interview.Where(q => FilingGuide.Asks(q, kept)).Select(q => (q, kept.GetValueOrDefault(q.Key))).ToList();
        Suggestion = FilingGuide.Suggest(Catalogue, kept);
    }

    /// <summary>The answers of the questions that are asked, in order: a question applies only given the answers before it.</summary>
    private Dictionary<string, string?> AskedAnswers(IReadOnlyDictionary<string, string?> answers)
    {
        var kept = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var question in Catalogue.Interview)
        {
            if (!FilingGuide.Asks(question, kept)) continue;
            if (answers.GetValueOrDefault(question.Key)?.Trim() is { Length: > 0 } answer) kept[question.Key] = answer;
        }
        return kept;
    }
}
