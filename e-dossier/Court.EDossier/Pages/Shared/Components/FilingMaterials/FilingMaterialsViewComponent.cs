using Court.EDossier.Access;
using Court.EDossier.Features.Reading;
using Court.EDossier.Persistence;
using Court.Kernel.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Court.EDossier.Pages.Shared.Components.FilingMaterials;

/// <summary>
/// The materials of an online filing as a block a host page embeds (<c>Component.InvokeAsync("FilingMaterials", new { draftId })</c>):
/// the same gate and catalogue as <c>GET /api/filings/{draftId}/dossier</c>, with links to <c>/api/filings/{draftId}/documents/{id}</c>.
/// </summary>
// MVC discovers only public view components, and activates them through a public constructor: the module's internal services are
// therefore taken from the request rather than injected.
public sealed class FilingMaterialsViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid draftId)
    {
        var services = HttpContext.RequestServices;
        var (opened, _) = await FilingDossier.OpenAsync(draftId, HttpContext.User, services.GetRequiredService<FilingDossierGate>(),
            services.GetRequiredService<DossierDb>(), HttpContext.RequestAborted);
        if (opened is not null)
            await services.GetRequiredService<IAuditLog>().WriteAsync(new AuditRecord("dossier.filing.catalogue", Target: opened.AuditTarget()),
                HttpContext.RequestAborted);
        return View(new FilingMaterialsModel(draftId, opened));
    }
}

internal sealed record FilingMaterialsModel(Guid DraftId, FilingDossier? Opened);
