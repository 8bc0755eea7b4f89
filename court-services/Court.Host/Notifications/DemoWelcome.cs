using Court.Kernel.Access;
using Court.Kernel.Notifications;
using Court.Seeds.Demo;

namespace Court.Host.Notifications;

/// <summary>Greets each demo account once (in-portal, and by SMS where it has a phone); a restart sends nothing new.</summary>
internal static class DemoWelcome
{
    public static async Task SendAsync(INotifier notifier, IReadOnlyDictionary<string, Guid> userIds, CancellationToken ct)
    {
        foreach (var account in DemoCatalogue.Accounts)
        {
            if (!userIds.TryGetValue(account.UserName, out var userId)) continue;
            var role = CourtRoles.ChineseNames.GetValueOrDefault(account.Role, account.Role);
            await notifier.NotifyAsync(userId, "欢迎使用智慧法院",
                $"{account.DisplayName}，您好！您的演示账户“{account.UserName}”（{role}）已开通。案件进展、送达和期限提醒将发送到“我的消息”。",
                NotificationChannels.All, IdempotencyKey(account.UserName), ct: ct);
        }
    }

    public static string IdempotencyKey(string userName) => $"demo-welcome:{userName}";
}
