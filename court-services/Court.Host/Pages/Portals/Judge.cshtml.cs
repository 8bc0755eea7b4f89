using Court.Host.Persistence;

namespace Court.Host.Pages.Portals;

internal sealed class JudgeModel(CourtDb db) : PortalPageModel(db);
