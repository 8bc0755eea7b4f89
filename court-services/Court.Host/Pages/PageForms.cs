using Court.Kernel.Http;

namespace Court.Host.Pages;

/// <summary>How a page calls a litigation handler: the request validated as the API validates it, text areas split one item a line.</summary>
internal static class PageForms
{
    /// <summary>The request's DataAnnotations messages joined, as <c>WithRequestValidation</c> would answer them; null when valid.</summary>
    public static string? Invalid(object request)
    {
        var errors = RequestValidation.Validate(request);
        return errors.Count == 0 ? null : string.Join("", errors.Values.SelectMany(m => m).Distinct());
    }

    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
