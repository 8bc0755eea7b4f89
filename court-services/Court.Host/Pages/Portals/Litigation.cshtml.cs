using Court.Host.Persistence;

namespace Court.Host.Pages.Portals;

internal sealed class LitigationModel(CourtDb db) : PortalPageModel(db);
