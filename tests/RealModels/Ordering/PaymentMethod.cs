using System;
using System.ComponentModel.DataAnnotations;
using EntityDtoGen;

namespace RealModels.Ordering;

[GenerateDtos]
public class PaymentMethod : Entity
{
    protected PaymentMethod()
    {
    }

    public PaymentMethod(int cardTypeId, string alias, string cardNumber, string securityNumber, string cardHolderName, DateTime expiration)
    {
        CardNumber = !string.IsNullOrWhiteSpace(cardNumber) ? cardNumber : throw new OrderingDomainException(nameof(cardNumber));
        SecurityNumber = !string.IsNullOrWhiteSpace(securityNumber) ? securityNumber : throw new OrderingDomainException(nameof(securityNumber));
        CardHolderName = !string.IsNullOrWhiteSpace(cardHolderName) ? cardHolderName : throw new OrderingDomainException(nameof(cardHolderName));

        if (expiration < DateTime.UtcNow)
        {
            throw new OrderingDomainException(nameof(expiration));
        }

        Alias = alias;
        Expiration = expiration;
        CardTypeId = cardTypeId;
    }

    [Required]
    public string Alias { get; private set; } = null!;

    [Required]
    public string CardNumber { get; private set; } = null!;

    public string SecurityNumber { get; private set; } = null!;

    [Required]
    public string CardHolderName { get; private set; } = null!;

    public DateTime Expiration { get; private set; }

    public int CardTypeId { get; private set; }

    public CardType CardType { get; private set; } = null!;

    public bool IsEqualTo(int cardTypeId, string cardNumber, DateTime expiration)
    {
        return CardTypeId == cardTypeId
            && CardNumber == cardNumber
            && Expiration == expiration;
    }
}
