using System;
using System.Net;
using EntityDtoGen;

namespace RealModels.Commerce;

/// <summary>
/// Represents a customer.
/// </summary>
[GenerateDtos]
public partial class Customer : BaseEntity
{
    public Customer()
    {
        CustomerGuid = Guid.NewGuid();
    }

    /// <summary>Gets or sets the customer GUID.</summary>
    public Guid CustomerGuid { get; set; }

    public string? Username { get; set; }

    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Company { get; set; }

    public string? Phone { get; set; }

    public string? AdminComment { get; set; }

    public bool IsTaxExempt { get; set; }

    public int FailedLoginAttempts { get; set; }

    public DateTime? CannotLoginUntilDateUtc { get; set; }

    public bool Active { get; set; }

    /// <summary>Gets or sets a value indicating whether the customer has been deleted.</summary>
    public bool Deleted { get; set; }

    public bool IsSystemAccount { get; set; }

    public string? SystemName { get; set; }

    /// <summary>Gets or sets the last IP address.</summary>
    public IPAddress? LastIpAddress { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime? LastLoginDateUtc { get; set; }

    public DateTime LastActivityDateUtc { get; set; }

    public int RegisteredInStoreId { get; set; }

    public int? BillingAddressId { get; set; }

    public int? ShippingAddressId { get; set; }
}
