using System.ComponentModel.DataAnnotations;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Progress;

internal sealed record PublishProgressRequest(
    [property: Required(ErrorMessage = "请选择进度节点：Assigned（已分案）、HearingScheduled（已排期开庭）、Judgment（已作出裁判）、Served（已送达）或 Effective（裁判生效）。")]
    string? Kind,
    [property: StringLength(200, ErrorMessage = "公开说明不超过 200 字。")] string? PublicNote,
    [property: StringLength(ProgressNode.PartyDetailMaxLength, ErrorMessage = "当事人可见的说明不超过 2000 字。")] string? PartyDetail,
    DateTimeOffset? HearingAt,
    [property: StringLength(50, ErrorMessage = "开庭地点不超过 50 字。")] string? Venue,
    [property: Required(ErrorMessage = "请提供幂等键（idempotencyKey），重复提交时使用同一个键。"),
               StringLength(100, MinimumLength = 8, ErrorMessage = "幂等键应为 8 至 100 个字符。")] string? IdempotencyKey);

/// <summary>承办人员发布案件进度: the nodes the bench records by hand. The others come from filing, fees and closing.</summary>
internal static class PublishProgressNode
{
    /// <summary>The kinds court staff publish here, with the public note each gets when none is given.</summary>
    internal static readonly IReadOnlyDictionary<ProgressNodeKind, string> Publishable = new Dictionary<ProgressNodeKind, string>
    {
        [ProgressNodeKind.Assigned] = "案件已分配承办法官。",
        [ProgressNodeKind.HearingScheduled] = "",
        [ProgressNodeKind.Judgment] = "本案已作出裁判。",
        [ProgressNodeKind.Served] = "裁判文书已送达。",
        [ProgressNodeKind.Effective] = "本案裁判已发生法律效力。",
    };

    internal static void MapPublishProgressNode(this RouteGroupBuilder api) =>
        api.MapPost("/cases/{caseId:guid}/progress", HandleAsync).RequireAuthorization().WithSummary("发布案件进度（本案承办人员）");

    internal static async Task<Results<Created<ProgressNodeView>, Ok<ProgressNodeView>, ProblemHttpResult>> HandleAsync(
        Guid caseId, PublishProgressRequest request, HttpContext http, CourtDb db, CaseProgress progress,
        IAuthorizationService authorization, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, ct))
            return TypedResults.Problem(type: Court.Kernel.Problems.ProblemTypes.NotFound, title: "Case not found", statusCode: 404, detail: "没有找到这个案件。");
        if (!(await authorization.AuthorizeAsync(http.User, new CaseResource(caseId), CaseOperations.ActForCourt)).Succeeded)
            return ProgressProblems.NotCourtStaffOfCase();

        if (!Enum.TryParse<ProgressNodeKind>(request.Kind, ignoreCase: true, out var kind) || !Publishable.TryGetValue(kind, out var defaultNote)
            || int.TryParse(request.Kind, out _))
            return ProgressProblems.Invalid("kind", "进度节点只能是 Assigned（已分案）、HearingScheduled（已排期开庭）、Judgment（已作出裁判）、Served（已送达）或 Effective（裁判生效）。");

        var note = request.PublicNote?.Trim();
        if (kind == ProgressNodeKind.HearingScheduled)
        {
            if (request.HearingAt is not { } hearingAt) return ProgressProblems.Invalid("hearingAt", "请填写开庭时间。");
            if (hearingAt <= clock.GetUtcNow()) return ProgressProblems.Invalid("hearingAt", "开庭时间应晚于现在，请核对后重填。");
            if (string.IsNullOrWhiteSpace(request.Venue)) return ProgressProblems.Invalid("venue", "请填写开庭地点，例如第三法庭。");
            var schedule = $"定于{ShanghaiTime.Format(hearingAt)}在{request.Venue.Trim()}开庭。";
            note = string.IsNullOrEmpty(note) ? schedule : $"{schedule}{note}";
        }
        else if (request.HearingAt is not null || !string.IsNullOrWhiteSpace(request.Venue))
        {
            return ProgressProblems.Invalid("hearingAt", "只有“已排期开庭”需要填写开庭时间和地点。");
        }
        if (string.IsNullOrEmpty(note)) note = defaultNote;
        if (note.Length > ProgressNode.PublicNoteMaxLength)
            return ProgressProblems.Invalid("publicNote", $"公开说明（含开庭时间和地点）不超过 {ProgressNode.PublicNoteMaxLength} 字。");
        if (await progress.NaturalPersonNamedInAsync(caseId, note, ct) is { } name)
            return ProgressProblems.Invalid("publicNote", $"进度说明会以短信发给当事人，不能出现自然人姓名（“{name}”），请删去后重试；需要告知当事人的内容请写在 partyDetail 中。公开查询只显示节点和日期，不显示说明。");

        var key = $"case:{caseId:N}:api:{request.IdempotencyKey}";
        var earlier = await db.ProgressNodes.AsNoTracking().SingleOrDefaultAsync(n => n.IdempotencyKey == key, ct);
        if (earlier is not null)
        {
            if (earlier.Kind != kind || earlier.PublicNote != note || earlier.PartyDetail != Blank(request.PartyDetail)) return ProgressProblems.KeyReused();
            return TypedResults.Ok(View(earlier));
        }

        var node = await progress.RecordForCaseAsync(caseId, kind, note, request.PartyDetail, key, ct);
        return TypedResults.Created((string?)null, View(node));
    }

    private static ProgressNodeView View(ProgressNode n) => ProgressNodeView.Of(new ProgressEntry(n.Id, n.Kind, n.At, n.PublicNote, n.PartyDetail));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
