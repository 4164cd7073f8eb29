using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RealModels.Commerce.Configuration;

public class AddressConfiguration : IEntityTypeConfiguration<Address>
{
    public void Configure(EntityTypeBuilder<Address> builder)
    {
        builder.ToTable(nameof(Address));
        builder.HasKey(a => a.Id);

        builder.Property(a => a.Email).HasMaxLength(255);
        builder.Property(a => a.ZipPostalCode).HasMaxLength(20);
        builder.Property(a => a.PhoneNumber).HasMaxLength(50);
    }
}
