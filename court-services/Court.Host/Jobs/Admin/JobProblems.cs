using Court.Kernel.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Court.Host.Jobs.Admin;

internal static class JobProblems
{
    public static readonly string NotRetryableType = ProblemTypes.For("job-not-retryable");

    public static ProblemHttpResult JobNotFound(Guid id) => TypedResults.Problem(
        type: ProblemTypes.NotFound, title: "Job not found", statusCode: StatusCodes.Status404NotFound,
        detail: $"未找到编号为 {id} 的后台任务，它可能已被清理。");

    public static ProblemHttpResult NotRetryable(JobStatus status) => TypedResults.Problem(
        type: NotRetryableType, title: "Job cannot be retried", statusCode: StatusCodes.Status409Conflict,
        detail: $"该任务当前状态为“{Job.ChineseName(status)}”，只有失败或已取消的任务可以重试。");

    public static ProblemHttpResult ScheduleNotFound(string name) => TypedResults.Problem(
        type: ProblemTypes.NotFound, title: "Recurring job not found", statusCode: StatusCodes.Status404NotFound,
        detail: $"未找到名为“{name}”的定时任务。");

    public static ProblemHttpResult UnknownStatus(string status) => TypedResults.Problem(
        type: ProblemTypes.Validation, title: "Unknown job status", statusCode: StatusCodes.Status400BadRequest,
        detail: $"任务状态“{status}”无效，可选值：{string.Join("、", Enum.GetNames<JobStatus>())}。");
}
