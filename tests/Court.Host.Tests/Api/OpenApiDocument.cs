using System.Text.Json;
using System.Text.RegularExpressions;
using Court.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Api;

/// <summary>
/// Issue 11 finding 14a: <c>/openapi/v1.json</c> listed one endpoint of about sixty. The route table of the real host is
/// the list of what the API serves; the document must describe each of its endpoints under /api.
/// </summary>
public sealed partial class OpenApiDocument(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task Every_api_endpoint_of_the_route_table_is_in_the_openapi_document_with_its_method()
    {
        using var anonymous = app.CreateAnonymousClient();
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var described = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        var served = ApiEndpoints(app.Services.GetRequiredService<EndpointDataSource>());

        served.Count.ShouldBeGreaterThan(50);
        served.Where(e => !described.Contains(e)).ShouldBeEmpty("endpoints missing from /openapi/v1.json");
    }

    /// <summary>"GET /api/cases/{caseId}/progress" for every method of every route endpoint under /api that is not a Razor Page.</summary>
    private static List<string> ApiEndpoints(EndpointDataSource endpoints) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null)
            .Select(e => (Path: Template(e.RoutePattern.RawText ?? ""), Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Path.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Select(m => $"{m.ToUpperInvariant()} {e.Path}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// A route template as OpenAPI writes it: a leading slash and no trailing one (a group's <c>MapGet("/")</c>), parameters
    /// without constraints, defaults or catch-all stars.
    /// </summary>
    private static string Template(string raw) => "/" + Parameter().Replace(raw.Trim('/'), "{$1}");

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Parameter();
}
