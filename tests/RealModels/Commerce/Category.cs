using System;
using EntityDtoGen;

namespace RealModels.Commerce;

/// <summary>
/// Represents a category.
/// </summary>
[GenerateDtos]
public partial class Category : BaseEntity
{
    public string Name { get; set; } = null!;

    public string? Description { get; set; }

    public int ParentCategoryId { get; set; }

    public int PictureId { get; set; }

    public int PageSize { get; set; }

    public bool Published { get; set; }

    public bool Deleted { get; set; }

    public int DisplayOrder { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
