using System;
using System.Collections.Generic;
using EntityDtoGen;

namespace RealModels.Commerce;

/// <summary>
/// Represents an order.
/// </summary>
[GenerateDtos]
public partial class Order : BaseEntity
{
    private ICollection<OrderItem>? _orderItems;

    public Guid OrderGuid { get; set; }

    public string? CustomOrderNumber { get; set; }

    public int StoreId { get; set; }

    public int CustomerId { get; set; }

    public int BillingAddressId { get; set; }

    public int? ShippingAddressId { get; set; }

    public int OrderStatusId { get; set; }

    public int ShippingStatusId { get; set; }

    public int PaymentStatusId { get; set; }

    public string? PaymentMethodSystemName { get; set; }

    public string? CustomerCurrencyCode { get; set; }

    public decimal CurrencyRate { get; set; }

    public decimal OrderSubtotalInclTax { get; set; }

    public decimal OrderSubtotalExclTax { get; set; }

    public decimal OrderShippingInclTax { get; set; }

    public decimal OrderTax { get; set; }

    public decimal OrderDiscount { get; set; }

    public decimal OrderTotal { get; set; }

    public decimal RefundedAmount { get; set; }

    public string? CustomerIp { get; set; }

    public string? CardType { get; set; }

    public string? CardName { get; set; }

    public string? CardNumber { get; set; }

    public string? MaskedCreditCardNumber { get; set; }

    public string? CardCvv2 { get; set; }

    public string? CardExpirationMonth { get; set; }

    public string? CardExpirationYear { get; set; }

    public DateTime? PaidDateUtc { get; set; }

    public bool Deleted { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public virtual Customer Customer { get; set; } = null!;

    public virtual Address BillingAddress { get; set; } = null!;

    /// <summary>Gets or sets order items.</summary>
    public virtual ICollection<OrderItem> OrderItems
    {
        get => _orderItems ??= new List<OrderItem>();
        protected set => _orderItems = value;
    }

    /// <summary>Gets or sets the order status.</summary>
    public OrderStatus OrderStatus
    {
        get => (OrderStatus)OrderStatusId;
        set => OrderStatusId = (int)value;
    }

    /// <summary>Gets or sets the payment status.</summary>
    public PaymentStatus PaymentStatus
    {
        get => (PaymentStatus)PaymentStatusId;
        set => PaymentStatusId = (int)value;
    }

    /// <summary>Gets or sets the shipping status.</summary>
    public ShippingStatus ShippingStatus
    {
        get => (ShippingStatus)ShippingStatusId;
        set => ShippingStatusId = (int)value;
    }
}
