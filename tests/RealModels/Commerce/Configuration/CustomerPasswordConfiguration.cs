using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RealModels.Commerce.Configuration;

public class CustomerPasswordConfiguration : IEntityTypeConfiguration<CustomerPassword>
{
    public void Configure(EntityTypeBuilder<CustomerPassword> builder)
    {
        builder.ToTable(nameof(CustomerPassword));
        builder.HasKey(p => p.Id);

        builder.HasOne<Customer>().WithMany().HasForeignKey(p => p.CustomerId).IsRequired();

        builder.Ignore(p => p.PasswordFormat);
    }
}
