using Court.Host.Litigation.Payments;
using Court.Host.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Pages.SandboxBank;

/// <summary>
/// 模拟银行（沙箱）: plays the bank's payment page. Anyone holding the link may pay, as at a bank. Confirming sends the
/// court a signed notification through the same code the HTTP callback runs, then returns the payer.
/// </summary>
[AllowAnonymous]
internal sealed class PayModel(CourtDb db, Litigation.Payments.SandboxBank bank, PaymentNotifications notifications) : PageModel
{
    public FeePayment? Payment { get; private set; }

    public string ReturnUrl { get; private set; } = LocalReturnUrl.Fallback;

    /// <summary>Why the court did not take the notification, when it did not.</summary>
    public string? Failure { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid paymentId, string? returnUrl, CancellationToken ct) =>
        await LoadAsync(paymentId, returnUrl, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(Guid paymentId, string? returnUrl, CancellationToken ct)
    {
        if (!await LoadAsync(paymentId, returnUrl, ct)) return NotFound();
        if (Payment!.Status != FeePaymentStatus.Pending) return Page();

        var notification = bank.PaidNotification(Payment);
        var handled = await notifications.ReceiveAsync(SandboxPaymentProvider.ProviderName, notification.Body, notification.Headers,
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        if (handled.Ack is not null) return LocalRedirect(ReturnUrl);

        Failure = handled.Problem?.ProblemDetails.Detail ?? "法院未确认收款，请稍后重试。";
        await LoadAsync(paymentId, returnUrl, ct);
        return Page();
    }

    public IActionResult OnPostCancel(string? returnUrl) => LocalRedirect(LocalReturnUrl.OrFallback(returnUrl));

    private async Task<bool> LoadAsync(Guid paymentId, string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = LocalReturnUrl.OrFallback(returnUrl);
        Payment = await db.FeePayments.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == paymentId && p.ProviderName == SandboxPaymentProvider.ProviderName, ct);
        return Payment is not null;
    }
}
