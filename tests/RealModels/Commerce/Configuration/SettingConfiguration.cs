using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RealModels.Commerce.Configuration;

public class SettingConfiguration : IEntityTypeConfiguration<Setting>
{
    public void Configure(EntityTypeBuilder<Setting> builder)
    {
        builder.ToTable(nameof(Setting));
        builder.HasKey(s => s.Id);

        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Value).HasMaxLength(6000).IsRequired();
        builder.Property(s => s.ValueChangedOnUtc).HasDefaultValueSql("CURRENT_TIMESTAMP");
        builder.Property(s => s.RowVersion).IsRowVersion();

        builder.HasIndex(s => new { s.Name, s.StoreId });
    }
}
