using Court.Kernel.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Court.Host.Litigation.Payments;

/// <summary>An expected refusal of a payment operation (e.g. refunding more than was paid), with a Chinese message.</summary>
internal sealed class PaymentRefusedException(string slug, int status, string message) : Exception(message)
{
    /// <summary>The problem type slug, e.g. <c>refund-exceeds-payment</c>.</summary>
    public string Slug { get; } = slug;

    public int Status { get; } = status;
}

/// <summary>Problem answers of the payment endpoints and of <see cref="PaymentRefusedException"/>, for callers that answer HTTP.</summary>
internal static class PaymentProblems
{
    public static ProblemHttpResult From(PaymentRefusedException refused) => TypedResults.Problem(
        type: ProblemTypes.For(refused.Slug), title: "Payment refused", statusCode: refused.Status, detail: refused.Message);

    public static ProblemHttpResult NotificationRefused(string reason) => TypedResults.Problem(
        type: ProblemTypes.For("payment-notification-refused"), title: "Payment notification refused",
        statusCode: StatusCodes.Status400BadRequest, detail: reason);

    public static ProblemHttpResult UnknownOrder(string orderId) => TypedResults.Problem(
        type: ProblemTypes.For("payment-order-unknown"), title: "Unknown payment order",
        statusCode: StatusCodes.Status404NotFound, detail: $"法院没有订单号为 {orderId} 的交费订单，通知已拒收。");

    public static ProblemHttpResult AmountMismatch(string reason) => TypedResults.Problem(
        type: ProblemTypes.For("payment-amount-mismatch"), title: "Amount differs from the order",
        statusCode: StatusCodes.Status422UnprocessableEntity, detail: reason);

    public static ProblemHttpResult UnknownProvider(string provider) => TypedResults.Problem(
        type: ProblemTypes.NotFound, title: "Unknown payment provider",
        statusCode: StatusCodes.Status404NotFound, detail: $"法院未接入名为 {provider} 的支付渠道。");

    public static ProblemHttpResult FollowUpFailed() => TypedResults.Problem(
        type: ProblemTypes.For("payment-follow-up-pending"), title: "Payment recorded, follow-up pending",
        statusCode: StatusCodes.Status503ServiceUnavailable,
        detail: "法院已记录本次收款，但后续处理暂未完成，请稍后重发该通知。");

    internal static PaymentRefusedException RefundTooLarge(decimal asked, decimal refundable, decimal paid, decimal refunded) => new(
        "refund-exceeds-payment", StatusCodes.Status409Conflict,
        $"退费金额 {Yuan(asked)} 超过可退金额 {Yuan(refundable)}（已交 {Yuan(paid)}，已退或退费中 {Yuan(refunded)}），请核对后重新申请。");

    internal static PaymentRefusedException NotPaid() => new(
        "payment-not-paid", StatusCodes.Status409Conflict, "该笔费用尚未支付，无需退费。");

    internal static PaymentRefusedException PaymentNotFound() => new(
        "payment-not-found", StatusCodes.Status404NotFound, "未找到该交费记录，请核对后重试。");

    internal static PaymentRefusedException BadRefundAmount() => new(
        "refund-amount-invalid", StatusCodes.Status400BadRequest, "退费金额须大于0元，且最多精确到分。");

    internal static PaymentRefusedException RefundKeyReused() => new(
        "refund-key-reused", StatusCodes.Status409Conflict, "该退费申请编号已用于另一笔或另一金额的退费，请使用新的编号。");

    internal static PaymentRefusedException PaidWithOtherAmount(decimal paid, decimal asked) => new(
        "payment-already-paid", StatusCodes.Status409Conflict,
        $"该立案已交纳诉讼费 {Yuan(paid)}，与现应交金额 {Yuan(asked)} 不同：多交部分请办理退费，不足部分请联系法院补交。");

    internal static string Yuan(decimal amount) => Court.Kernel.Money.FromYuan(amount).ToString();
}

/// <summary>Return addresses after paying: local paths only, so the bank page cannot be used to send a payer elsewhere.</summary>
internal static class LocalReturnUrl
{
    public const string Fallback = "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && url.Length < 2000
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\');

    public static string OrFallback(string? url) => IsLocal(url) ? url! : Fallback;
}
