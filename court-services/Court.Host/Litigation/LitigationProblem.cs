using Court.Kernel.Problems;

namespace Court.Host.Litigation;

/// <summary>
/// An expected failure of a litigation step: the HTTP status, a stable problem slug and a Chinese detail that says what to do.
/// The API answers it as ProblemDetails; the portal pages show <see cref="Detail"/> next to the form.
/// </summary>
internal sealed record LitigationProblem(int Status, string Slug, string Detail)
{
    /// <summary>For a 429: how long the caller waits (sent as Retry-After).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static LitigationProblem TooManyRequests(TimeSpan wait, string detail) =>
        new(StatusCodes.Status429TooManyRequests, "too-many-requests", detail) { RetryAfter = wait };

    public static LitigationProblem NotFound(string detail) => new(StatusCodes.Status404NotFound, "not-found", detail);

    public static LitigationProblem Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "forbidden", detail);

    public static LitigationProblem Conflict(string detail) => new(StatusCodes.Status409Conflict, "conflict", detail);

    public static LitigationProblem Invalid(string detail) => new(StatusCodes.Status400BadRequest, "validation", detail);

    public static LitigationProblem Incomplete(IReadOnlyList<string> missing) =>
        new(StatusCodes.Status422UnprocessableEntity, "filing-incomplete", "立案申请尚不完整：" + string.Join("；", missing));

    public static readonly LitigationProblem FilingNotFound = NotFound("没有找到这份立案申请，或您无权查看。");

    public static readonly LitigationProblem StaleVersion =
        Conflict("这份申请已在别处修改过（例如另一个窗口），请刷新页面后再保存。");

    public IResult ToResult() =>
        TypedResults.Problem(type: ProblemTypes.For(Slug), statusCode: Status, title: Slug, detail: Detail);
}

/// <summary>A step's result: the value, or the problem that stopped it.</summary>
internal sealed record Outcome<T>(T? Value, LitigationProblem? Problem)
{
    public bool Succeeded => Problem is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(LitigationProblem problem) => new(default, problem);

    public IResult ToResult(Func<T, IResult> ok) => Problem is null ? ok(Value!) : Problem.ToResult();
}
