using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Net.NetworkInformation;
using EntityDtoGen;

namespace RealModels.Ordering;

[GenerateDtos]
public class Buyer : Entity, IAggregateRoot
{
    private readonly List<PaymentMethod> _paymentMethods = new();

    protected Buyer()
    {
    }

    public Buyer(string identity, string name)
        : this()
    {
        IdentityGuid = !string.IsNullOrWhiteSpace(identity) ? identity : throw new ArgumentNullException(nameof(identity));
        Name = !string.IsNullOrWhiteSpace(name) ? name : throw new ArgumentNullException(nameof(name));
    }

    [Required]
    public string IdentityGuid { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    /// <summary>Hardware address of the device the buyer last checked out from (fraud screening).</summary>
    public PhysicalAddress? DeviceMac { get; set; }

    public IReadOnlyCollection<PaymentMethod> PaymentMethods => _paymentMethods.AsReadOnly();

    public PaymentMethod VerifyOrAddPaymentMethod(
        int cardTypeId, string alias, string cardNumber, string securityNumber, string cardHolderName, DateTime expiration)
    {
        var existingPayment = _paymentMethods.SingleOrDefault(p => p.IsEqualTo(cardTypeId, cardNumber, expiration));

        if (existingPayment != null)
        {
            return existingPayment;
        }

        var payment = new PaymentMethod(cardTypeId, alias, cardNumber, securityNumber, cardHolderName, expiration);
        _paymentMethods.Add(payment);
        return payment;
    }
}
