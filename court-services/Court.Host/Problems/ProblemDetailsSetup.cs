using System.Diagnostics;
using Court.Kernel.Problems;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Court.Host.Problems;

/// <summary>
/// Every error leaves as RFC 9457 ProblemDetails with a stable type and a Chinese detail a user can act on;
/// unexpected exceptions are logged with a trace id and never shown.
/// </summary>
internal static class ProblemDetailsSetup
{
    private static readonly Dictionary<int, (string Type, string Title, string Detail)> ByStatus = new()
    {
        [400] = (ProblemTypes.Validation, "Bad request", "请求格式不正确，请检查填写的内容后重试。"),
        [401] = (ProblemTypes.Unauthenticated, "Unauthenticated", "请先登录后再操作。"),
        [403] = (ProblemTypes.Forbidden, "Forbidden", "您无权访问该内容。如需查看，请联系承办法官或法院。"),
        [404] = (ProblemTypes.NotFound, "Not found", "未找到您要访问的内容，请核对地址或案号。"),
        [405] = (ProblemTypes.For("method-not-allowed"), "Method not allowed", "不支持该操作方式。"),
        [409] = (ProblemTypes.Conflict, "Conflict", "该内容已被修改或状态已变化，请刷新后重试。"),
        [413] = (ProblemTypes.For("payload-too-large"), "Payload too large", "提交的内容过大，请缩小后重试。"),
        [415] = (ProblemTypes.For("unsupported-media-type"), "Unsupported media type", "不支持该内容格式，请以 JSON 提交。"),
        [423] = (ProblemTypes.AccountLocked, "Locked", "账户已暂时锁定，请稍后重试。"),
        [429] = (ProblemTypes.TooManyRequests, "Too many requests", "操作过于频繁，请稍后重试。"),
        [500] = (ProblemTypes.Unexpected, "Unexpected error", "系统暂时无法处理您的请求，我们已记录该问题，请稍后重试。"),
        [503] = (ProblemTypes.For("unavailable"), "Service unavailable", "服务暂时不可用，请稍后重试。"),
    };

    public static IServiceCollection AddCourtProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Customize);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        return services;
    }

    private static void Customize(ProblemDetailsContext ctx)
    {
        var problem = ctx.ProblemDetails;
        var status = problem.Status ?? ctx.HttpContext.Response.StatusCode;
        if (ByStatus.TryGetValue(status, out var known))
        {
            if (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal)) problem.Type = known.Type;
            if (problem.Detail is null || status >= 500) problem.Detail = known.Detail;
            if (problem is HttpValidationProblemDetails && problem.Title == "One or more validation errors occurred.")
                problem.Detail = "提交的内容有误，请按提示修改后重试。";
        }
        problem.Instance ??= ctx.HttpContext.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier;
        problem.Extensions.Remove("exception");
    }

    /// <summary>Malformed JSON, a wrong content type or an oversized body is the caller's mistake: 4xx, never 500.</summary>
    private sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
        {
            if (exception is not BadHttpRequestException bad) return false;
            context.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = bad.StatusCode },
            });
        }
    }
}
