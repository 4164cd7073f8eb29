using System.ComponentModel.DataAnnotations;
using EntityDtoGen;

namespace RealModels.Ordering;

/// <remarks>
/// Card type class should be marked as abstract with protected constructor to encapsulate known enum types
/// this is currently not possible as OrderingContextSeed uses this constructor to load cardTypes from csv file
/// </remarks>
[GenerateDtos]
public sealed class CardType
{
    public int Id { get; set; }

    [Required]
    public required string Name { get; init; }
}
