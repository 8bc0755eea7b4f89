using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages;

internal sealed class IndexModel : PageModel;
