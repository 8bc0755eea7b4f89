using Court.Host.Access;
using Court.Host.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Payments;

/// <summary>The provider's callback, and the court address a payer follows to reach the provider.</summary>
internal static class PaymentEndpoints
{
    /// <summary>Notifications are small JSON documents; anything larger is not one.</summary>
    public const int MaxNotificationBytes = 16 * 1024;

    internal static void MapReceivePaymentNotification(this RouteGroupBuilder api) =>
        api.MapPost("/payments/{provider}/notifications", ReceiveAsync)
            .AllowAnonymous()
            .WithSummary("支付渠道异步通知（仅凭签名受理）");

    internal static void MapGoToPaymentProvider(this IEndpointRouteBuilder app) =>
        app.MapGet("/payments/{paymentId:guid}/pay", GoAsync).RequireAuthorization().ExcludeFromDescription();

    internal static async Task<Results<Ok<PaymentNotificationAck>, ProblemHttpResult>> ReceiveAsync(
        string provider, HttpRequest request, PaymentNotifications notifications, CancellationToken ct)
    {
        if (request.ContentLength > MaxNotificationBytes) return TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxNotificationBytes) return TooLarge();
            buffer.Write(chunk, 0, read);
        }
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var handled = await notifications.ReceiveAsync(provider, buffer.ToArray(), headers,
            request.HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        return handled.Ack is { } ack ? TypedResults.Ok(ack) : handled.Problem!;
    }

    /// <summary>Only the payer is sent on; an order no longer pending sends the payer straight back.</summary>
    internal static async Task<IResult> GoAsync(Guid paymentId, string? returnUrl, HttpContext context, CourtDb db,
        IEnumerable<IPaymentProvider> providers, CancellationToken ct)
    {
        var back = LocalReturnUrl.OrFallback(returnUrl);
        var payment = await db.FeePayments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == paymentId, ct);
        if (payment is null) return Results.NotFound();
        if (payment.PayerUserId != context.User.UserId()) return Results.Forbid();
        if (payment.Status != FeePaymentStatus.Pending) return Results.LocalRedirect(back);
        var provider = providers.Single(p => p.Name == payment.ProviderName);
        return Results.Redirect(await provider.StartAsync(payment, back, ct));
    }

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, detail: "通知内容过大，已拒收。");
}
