using Court.Host.Persistence;

namespace Court.Host.Pages.Portals;

internal sealed class FilingReviewModel(CourtDb db) : PortalPageModel(db);
