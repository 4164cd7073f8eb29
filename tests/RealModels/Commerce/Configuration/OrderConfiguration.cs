using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RealModels.Commerce.Configuration;

public class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable(nameof(Order));
        builder.HasKey(o => o.Id);

        builder.Property(o => o.CurrencyRate).HasPrecision(18, 8);
        builder.Property(o => o.OrderSubtotalInclTax).HasPrecision(18, 4);
        builder.Property(o => o.OrderSubtotalExclTax).HasPrecision(18, 4);
        builder.Property(o => o.OrderShippingInclTax).HasPrecision(18, 4);
        builder.Property(o => o.OrderTax).HasPrecision(18, 4);
        builder.Property(o => o.OrderDiscount).HasPrecision(18, 4);
        builder.Property(o => o.OrderTotal).HasPrecision(18, 4);
        builder.Property(o => o.RefundedAmount).HasPrecision(18, 4);
        builder.Property(o => o.CustomOrderNumber).IsRequired();

        builder.HasOne(o => o.Customer)
            .WithMany()
            .HasForeignKey(o => o.CustomerId)
            .IsRequired();

        builder.HasOne(o => o.BillingAddress)
            .WithMany()
            .HasForeignKey(o => o.BillingAddressId)
            .IsRequired()
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasOne<Address>()
            .WithMany()
            .HasForeignKey(o => o.ShippingAddressId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.Ignore(o => o.OrderStatus);
        builder.Ignore("PaymentStatus");
        builder.Ignore(nameof(Order.ShippingStatus));
    }
}
