using System.Text.Json;
using System.Text.RegularExpressions;

namespace Court.Browser.Tests.Accounts;

/// <summary>Reads what the embedded SMS provider delivered: one JSON file per message under <c>&lt;data&gt;/sms/</c>.</summary>
internal static class SmsSink
{
    /// <summary>The code in the latest of at least <paramref name="count"/> messages delivered to <paramref name="phone"/>.</summary>
    public static async Task<string> CodeSentToAsync(BrowserHost host, string phone, int count = 1)
    {
        var folder = Path.Combine(host.DataDir, "sms");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var messages = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)
                    .Where(m => m.GetProperty("phone").GetString() == phone).OrderBy(m => m.GetProperty("deliveredAt").GetDateTimeOffset()).ToList()
                : [];
            if (messages.Count >= count) return Regex.Match(messages[^1].GetProperty("text").GetString()!, @"验证码 (\d{6})").Groups[1].Value;
            await Task.Delay(50, timeout.Token);
        }
    }
}
