using Court.Host.Persistence;

namespace Court.Host.Pages.Portals;

internal sealed class BankruptcyModel(CourtDb db) : PortalPageModel(db);
