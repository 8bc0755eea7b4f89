using Court.Host.Litigation.Payments;
using Court.Kernel;
using Court.Kernel.Dossier;

namespace Court.Host.Litigation.Review;

/// <summary>What the 受理通知书 says of the fee, from the filing's payment on the day of acceptance (ADR 0017).</summary>
internal static class AcceptanceFeeOf
{
    public static AcceptanceFee Payment(FeePayment payment)
    {
        var amount = Money.FromYuan(payment.Amount);
        if (payment is not { Status: FeePaymentStatus.Paid, PaidAt: { } paidAt }) return AcceptanceFee.Due(amount);
        var paidOn = DateOnly.FromDateTime(ShanghaiTime.From(paidAt).DateTime);
        return payment.RefundedAmount > 0
            ? AcceptanceFee.PartlyRefunded(amount, paidOn, Money.FromYuan(payment.RefundedAmount))
            : AcceptanceFee.Paid(amount, paidOn);
    }
}
