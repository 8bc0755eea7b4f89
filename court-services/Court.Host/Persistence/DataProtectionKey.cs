namespace Court.Host.Persistence;

/// <summary>Cookie and token protection keys, shared by every court-services node through the database.</summary>
internal sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
