using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RealModels.Commerce.Configuration;

public class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable(nameof(Product));
        builder.HasKey(p => p.Id);

        builder.Property(p => p.Name).HasMaxLength(400).IsRequired();
        builder.Property(p => p.Sku).HasMaxLength(400);
        builder.Property(p => p.Price).HasPrecision(18, 4);
        builder.Property(p => p.OldPrice).HasPrecision(18, 4);
        builder.Property(p => p.ProductCost).HasPrecision(18, 4);

        builder.Ignore(p => p.ProductType);
    }
}
