using Court.EDossier.Persistence;
using Court.Kernel.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Court.EDossier.Features.Verify;

/// <summary>
/// <c>GET /api/verify/{hash}</c> and <c>POST /api/verify</c> (the file itself as the body): public, no sign-in, so that a bank,
/// an employer or another court can check a document. The page <c>/verify/{hash}</c> shows the same.
/// </summary>
internal static class VerifyDocument
{
    private const long MaxCheckedFileBytes = 100L * 1024 * 1024;

    public static void MapVerifyDocument(this IEndpointRouteBuilder api)
    {
        api.MapGet("/verify/{hash}", ByHashAsync).AllowAnonymous().WithName("VerifyDocumentByHash").WithSummary("核验法院文书（二维码中的编码或文件的 SHA-256）");
        api.MapPost("/verify", ByFileAsync).AllowAnonymous().DisableAntiforgery().WithName("VerifyDocumentFile").WithSummary("上传文件核验是否为本院出具且未被改动");
    }

    private static async Task<IResult> ByHashAsync(string hash, DossierDb db, CancellationToken ct)
    {
        if (!DocumentVerification.IsHash(hash)) return NotAHash();
        return Answer(await DocumentVerification.FindAsync(db, hash, ct));
    }

    private static async Task<IResult> ByFileAsync(HttpContext http, DossierDb db, CancellationToken ct)
    {
        if (http.Request.ContentLength is > MaxCheckedFileBytes) return TooLarge();
        var sha = await DocumentVerification.Sha256Async(http.Request.Body, ct);
        return Answer(await DocumentVerification.FindAsync(db, sha, ct) is { MatchedFile: true } found ? found : null);
    }

    private static IResult Answer(VerifiedDocument? found) => found is null
        ? TypedResults.Problem(type: ProblemTypes.For("document-unknown"), title: "Unknown document", statusCode: StatusCodes.Status404NotFound,
            detail: "本院没有出具过与之完全一致的文书。文件可能被改动过，或不是本院出具的；请向出具法院核实。")
        : TypedResults.Ok(found);

    private static IResult NotAHash() => TypedResults.Problem(type: ProblemTypes.Validation, title: "Bad request", statusCode: StatusCodes.Status400BadRequest,
        detail: "核验码应为64位十六进制字符，请扫描文书左下角的二维码，或完整复制其中的链接。");

    private static IResult TooLarge() => TypedResults.Problem(type: ProblemTypes.For("payload-too-large"), title: "Payload too large",
        statusCode: StatusCodes.Status413PayloadTooLarge, detail: "待核验的文件超过 100 MB，请确认上传的是法院出具的文书。");
}
