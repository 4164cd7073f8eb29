using System.ComponentModel.DataAnnotations;
using EntityDtoGen;

namespace RealModels.Ordering;

[GenerateDtos]
public class CatalogType
{
    public CatalogType(string type)
    {
        Type = type;
    }

    public int Id { get; set; }

    [Required]
    public string Type { get; set; }
}
