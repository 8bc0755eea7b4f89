namespace Court.Host.Litigation.Lawyers;

/// <summary>
/// 授权委托书: a client entrusts a lawyer with a filing or a case (民事诉讼法第六十二条). It counts only once the client has
/// confirmed it in the portal or a filing clerk has verified a signed paper one.
/// </summary>
internal sealed class PowerOfAttorneyGrant
{
    public Guid Id { get; set; }
    public Guid LawyerUserId { get; set; }

    /// <summary>The client's account; null until a user with <see cref="ClientIdentifier"/> exists (the clerk may then verify on paper).</summary>
    public Guid? ClientUserId { get; set; }

    public required string ClientName { get; set; }
    public required string ClientIdentifier { get; set; }
    public Guid? FilingId { get; set; }
    public Guid? CaseId { get; set; }
    public PowerOfAttorneyScope Scope { get; set; }
    public PowerOfAttorneyStatus Status { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? DecidedAt { get; set; }

    /// <summary>Who confirmed: the client, or the clerk who verified the paper original.</summary>
    public Guid? DecidedById { get; set; }

    public bool IsInForce => Status is PowerOfAttorneyStatus.Confirmed or PowerOfAttorneyStatus.Verified;
}

internal enum PowerOfAttorneyScope
{
    /// <summary>一般授权.</summary>
    General,

    /// <summary>特别授权: 代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉 (民事诉讼法第六十二条第二款).</summary>
    Special,
}

internal enum PowerOfAttorneyStatus
{
    Pending,
    Confirmed,
    Verified,
    Declined,
}

internal static class PowerOfAttorneyNames
{
    public static string ChineseName(this PowerOfAttorneyScope scope) => scope switch
    {
        PowerOfAttorneyScope.General => "一般授权",
        PowerOfAttorneyScope.Special => "特别授权",
        _ => scope.ToString(),
    };

    public static string ChineseName(this PowerOfAttorneyStatus status) => status switch
    {
        PowerOfAttorneyStatus.Pending => "待委托人确认",
        PowerOfAttorneyStatus.Confirmed => "委托人已确认",
        PowerOfAttorneyStatus.Verified => "立案法官已核验",
        PowerOfAttorneyStatus.Declined => "委托人已拒绝",
        _ => status.ToString(),
    };
}
