using Microsoft.EntityFrameworkCore;

namespace EntityDtoGen.Sample;

public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<UserAnswer> UserAnswers => Set<UserAnswer>();
}
