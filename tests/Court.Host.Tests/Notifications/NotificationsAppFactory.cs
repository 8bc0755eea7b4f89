using Court.Host.Tests.Infrastructure;
using Court.Kernel.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Notifications;

/// <summary>The shared host, plus where its embedded SMS provider delivers.</summary>
public sealed class NotificationsAppFactory : CourtAppFactory
{
    public string SmsFolder => Path.Combine(DataDir, "sms");

    public INotifier Notifier => Services.GetRequiredService<INotifier>();

    /// <summary>The delivered messages: one <c>&lt;message id&gt;.json</c> file each. Starts the host if no test has yet.</summary>
    public string[] DeliveredFiles()
    {
        _ = Server;
        return Directory.Exists(SmsFolder) ? Directory.GetFiles(SmsFolder, "*.json") : [];
    }
}
