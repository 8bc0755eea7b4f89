using System.Security.Claims;
using Court.EDossier.Access;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Court.EDossier.Features.Upload;

/// <summary>
/// Adds a file to a case's dossier: <c>multipart/form-data</c> with the fields <c>category</c> and <c>title</c> first, then
/// <c>file</c>. The file is streamed to disk as it arrives (memory does not grow with its size) and inspected before it is kept.
/// </summary>
internal static class UploadDocument
{
    public static RouteHandlerBuilder MapUploadDocument(this IEndpointRouteBuilder cases) =>
        cases.MapPost("/{caseId:guid}/dossier/documents", HandleAsync)
            .WithName("UploadDossierDocument").WithSummary("上传材料（PDF、JPEG、PNG、TIFF）到本案卷宗")
            .DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        Guid caseId, HttpContext http, DossierGate gate, IDossierApi dossier, IAuditLog audit,
        IOptions<EDossierOptions> options, CancellationToken ct)
    {
        var (opened, problem) = await gate.OpenAsync(caseId, http.User, ct);
        if (opened is null) return problem!;
        return await ReceiveAsync(http, options.Value, DossierOwner.Case(caseId), fields => UploadForm.Validate(fields, opened.Reader), dossier,
            (fileName, result) => UploadForm.AuditAsync(audit, caseId, opened.Case.Number, fileName, result, ct),
            added => $"/api/cases/{caseId}/dossier/documents/{added.DocumentId}", ct);
    }

    /// <summary>
    /// Reads the multipart form as it arrives: the fields first (checked by <paramref name="validate"/>), then the file, streamed
    /// into <see cref="IDossierApi.AddFileAsync"/> for <paramref name="owner"/>. Shared by case and filing uploads.
    /// </summary>
    internal static async Task<IResult> ReceiveAsync(HttpContext http, EDossierOptions options, DossierOwner owner,
        Func<IReadOnlyDictionary<string, string>, UploadForm> validate, IDossierApi dossier, Func<string, DossierAddResult, Task> audit,
        Func<DossierAdded, string> location, CancellationToken ct)
    {
        var boundary = MultipartBoundary(http.Request.ContentType);
        if (boundary is null) return DossierProblems.Invalid("file", "请以 multipart/form-data 表单上传：先填 category（类别）和 title（名称），再附 file（文件）。");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = options.MaxUploadMegabytes * 1024L * 1024L + 64 * 1024;

        try
        {
            return await ReadFormAsync(http, boundary, owner, validate, dossier, audit, location, ct);
        }
        catch (Exception e) when (IsMalformedForm(e) && !http.RequestAborted.IsCancellationRequested)
        {
            // An empty, garbage or unterminated body, or a part header past the limit: the sender's mistake, never a 500.
            return DossierProblems.MalformedForm();
        }
    }

    private static async Task<IResult> ReadFormAsync(HttpContext http, string boundary, DossierOwner owner,
        Func<IReadOnlyDictionary<string, string>, UploadForm> validate, IDossierApi dossier, Func<string, DossierAddResult, Task> audit,
        Func<DossierAdded, string> location, CancellationToken ct)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var multipart = new MultipartReader(boundary, http.Request.Body) { HeadersLengthLimit = 16 * 1024 };
        while (await multipart.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
            var name = disposition.Name.Value ?? "";
            if (!disposition.IsFileDisposition())
            {
                if (fields.Count < 8) fields[name] = (await section.ReadAsStringAsync(ct)).Trim();
                continue;
            }
            if (name != "file") continue;

            var request = validate(fields);
            if (request.Problem is not null) return request.Problem;
            var fileName = disposition.FileNameStar.Value ?? disposition.FileName.Value ?? "";
            var result = await dossier.AddFileAsync(new DossierFileAddition(owner, request.Category, request.Title, fileName,
                section.ContentType, ActorOf(http.User), owner.IsFilingDraft ? "online-filing" : "online-upload"), section.Body, ct);
            await audit(fileName, result);
            return result.Succeeded ? TypedResults.Created(location(result.Added!), result.Added) : DossierProblems.Refused(result.Refusal!);
        }
        return DossierProblems.Invalid("file", "没有收到文件。请在表单的 file 字段附上要上传的文件。");
    }

    /// <summary>What <see cref="MultipartReader"/> throws for a body that is not a well-formed form (too large stays a 413).</summary>
    private static bool IsMalformedForm(Exception e) =>
        e is InvalidDataException || (e is IOException && e is not BadHttpRequestException);

    internal static DossierActor ActorOf(ClaimsPrincipal user) =>
        new(Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null, user.NameWithRole() is { Length: > 0 } name ? name : "未知用户");

    private static string? MultipartBoundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return null;
        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        return string.IsNullOrWhiteSpace(boundary) || boundary.Length > 200 ? null : boundary;
    }
}
