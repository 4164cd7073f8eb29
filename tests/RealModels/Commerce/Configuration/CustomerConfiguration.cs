using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RealModels.Commerce.Configuration;

public class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable(nameof(Customer));
        builder.HasKey(c => c.Id);

        builder.Property(c => c.Username).HasMaxLength(1000);
        builder.Property(c => c.Email).HasMaxLength(1000);
        builder.Property(c => c.SystemName).HasMaxLength(400);
        builder.Property(c => c.LastIpAddress)
            .HasMaxLength(45)
            .HasConversion(v => v == null ? null : v.ToString(), v => v == null ? null : IPAddress.Parse(v));

        builder.HasIndex(c => c.CustomerGuid);

        builder.HasOne<Address>().WithMany().HasForeignKey(c => c.BillingAddressId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Address>().WithMany().HasForeignKey(c => c.ShippingAddressId).OnDelete(DeleteBehavior.Restrict);
    }
}
