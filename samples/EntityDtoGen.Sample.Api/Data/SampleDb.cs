using EntityDtoGen.Sample.Api.Domain;
using Microsoft.EntityFrameworkCore;

namespace EntityDtoGen.Sample.Api.Data;

public sealed class SampleDb(DbContextOptions<SampleDb> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<UserAnswer> UserAnswers => Set<UserAnswer>();
}
