using Microsoft.Playwright;

namespace Court.Browser.Tests.Filing;

/// <summary>Counts the screens a person goes through: every page the browser loads in the tab (a link, a form post, a redirect's target).</summary>
internal sealed class ScreenCount
{
    private readonly List<string> _screens = [];

    private ScreenCount(IPage page) =>
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame) _screens.Add(new Uri(frame.Url).AbsolutePath);
        };

    public static ScreenCount Of(IPage page) => new(page);

    public int Count => _screens.Count;

    public IReadOnlyList<string> Screens => _screens;
}
