using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RealModels.Commerce.Configuration;

public class CurrencyConfiguration : IEntityTypeConfiguration<Currency>
{
    public void Configure(EntityTypeBuilder<Currency> builder)
    {
        builder.ToTable(nameof(Currency));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();

        builder.Property(c => c.Name).HasMaxLength(50).IsRequired();
        builder.Property(c => c.CurrencyCode).HasMaxLength(5).IsRequired();
        builder.Property(c => c.DisplayLocale).HasMaxLength(50);
        builder.Property(c => c.CustomFormatting).HasMaxLength(50);
        builder.Property(c => c.Rate).HasPrecision(18, 4);

        builder.Ignore(c => c.RoundingType);
    }
}
