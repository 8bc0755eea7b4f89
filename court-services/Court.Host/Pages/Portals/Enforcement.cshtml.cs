using Court.Host.Persistence;

namespace Court.Host.Pages.Portals;

internal sealed class EnforcementModel(CourtDb db) : PortalPageModel(db);
