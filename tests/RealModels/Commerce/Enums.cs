namespace RealModels.Commerce;

/// <summary>Represents an order status.</summary>
public enum OrderStatus
{
    Pending = 10,
    Processing = 20,
    Complete = 30,
    Cancelled = 40,
}

/// <summary>Represents a payment status.</summary>
public enum PaymentStatus
{
    Pending = 10,
    Authorized = 20,
    Paid = 30,
    PartiallyRefunded = 35,
    Refunded = 40,
    Voided = 50,
}

/// <summary>Represents the shipping status enumeration.</summary>
public enum ShippingStatus
{
    ShippingNotRequired = 10,
    NotYetShipped = 20,
    PartiallyShipped = 25,
    Shipped = 30,
    Delivered = 40,
}

/// <summary>Represents a password format.</summary>
public enum PasswordFormat
{
    Clear = 0,
    Hashed = 1,
    Encrypted = 2,
}

/// <summary>Represents a product type.</summary>
public enum ProductType
{
    SimpleProduct = 5,
    GroupedProduct = 10,
}

/// <summary>Rounding type.</summary>
public enum RoundingType
{
    Rounding001 = 0,
    Rounding005Up = 10,
    Rounding005Down = 20,
    Rounding01Up = 30,
}

/// <summary>Status of a back-office account.</summary>
public enum AccountStatus
{
    PendingActivation = 0,
    Active = 1,
    Locked = 2,
    Closed = 3,
}
