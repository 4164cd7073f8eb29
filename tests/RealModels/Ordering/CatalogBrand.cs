using System.ComponentModel.DataAnnotations;
using EntityDtoGen;

namespace RealModels.Ordering;

[GenerateDtos]
public class CatalogBrand
{
    public CatalogBrand(string brand)
    {
        Brand = brand;
    }

    public int Id { get; set; }

    [Required]
    public string Brand { get; set; }
}
