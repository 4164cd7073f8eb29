using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RealModels.Commerce.Configuration;

public class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("Account");
        builder.HasKey(a => a.Id);

        builder.Property(a => a.PasswordHash).HasMaxLength(256).IsRequired();
        builder.HasIndex(a => a.Username).IsUnique();

        builder.Ignore(a => a.Status);
    }
}
