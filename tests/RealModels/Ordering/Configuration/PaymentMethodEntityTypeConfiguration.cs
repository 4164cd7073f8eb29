using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RealModels.Ordering.Configuration;

internal sealed class PaymentMethodEntityTypeConfiguration : IEntityTypeConfiguration<PaymentMethod>
{
    public void Configure(EntityTypeBuilder<PaymentMethod> paymentConfiguration)
    {
        paymentConfiguration.ToTable("paymentmethods");

        paymentConfiguration.Ignore(b => b.DomainEvents);

        paymentConfiguration.Property<int>("BuyerId");

        paymentConfiguration.Property(b => b.CardHolderName).HasMaxLength(200);
        paymentConfiguration.Property(b => b.Alias).HasMaxLength(200);
        paymentConfiguration.Property(b => b.CardNumber).HasMaxLength(25).IsRequired();
        paymentConfiguration.Property(b => b.Expiration).HasMaxLength(25);

        paymentConfiguration.HasOne(p => p.CardType)
            .WithMany()
            .HasForeignKey(p => p.CardTypeId);
    }
}
