using EntityDtoGen;
using Microsoft.AspNetCore.Identity;

namespace RealModels.CleanArch;

[GenerateDtos]
public class ApplicationUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
