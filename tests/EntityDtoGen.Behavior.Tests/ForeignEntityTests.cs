using System.Linq;
using EntityDtoGen.Behavior.Domain;
using EntityDtoGen.Behavior.Tests.DomainDtos;
using EntityDtoGen.Behavior.Tests.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Xunit;

[assembly: EntityDtoGen.GenerateDtosFor(typeof(Author), Namespace = "EntityDtoGen.Behavior.Tests.DomainDtos")]
[assembly: EntityDtoGen.GenerateDtosFor(typeof(Book), Namespace = "EntityDtoGen.Behavior.Tests.DomainDtos")]

namespace EntityDtoGen.Behavior.Tests.DomainDtos
{
    /// <summary>A shape of an entity of the Domain project, declared in this one.</summary>
    [ReadShape(typeof(Book))]
    public partial record BookLine
    {
        public int Id { get; init; }

        public required string Title { get; init; }

        public string? AuthorName { get; init; }
    }

    public sealed class BookshopContext(DbContextOptions<BookshopContext> options) : DbContext(options)
    {
        public DbSet<Author> Authors => Set<Author>();

        public DbSet<Book> Books => Set<Book>();
    }
}

namespace EntityDtoGen.Behavior.Tests
{
    /// <summary>DTOs generated here for the entities of a referenced Domain project, run on each provider.</summary>
    public sealed class ForeignEntityTests
    {
        [Theory]
        [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
        public void CreateSaveAndReadBackAnEntityOfAnotherProject(Provider provider)
        {
            using var database = TestDatabase.Create(provider);
            int id;
            using (var db = new BookshopContext(database.Options<BookshopContext>()))
            {
                // The database already has TestDbContext's tables, so EnsureCreated would add none of these.
                db.GetService<IRelationalDatabaseCreator>().CreateTables();
                var author = new AuthorCreate { Name = "Ursula" }.ToEntity();
                author.PayoutAccount = "IBAN";
                db.Authors.Add(author);
                db.SaveChanges();
                db.Books.Add(new BookCreate { Title = "The Dispossessed", Isbn = "9780061054884", AuthorId = author.Id }.ToEntity());
                db.SaveChanges();
                id = author.Id;
            }

            using (var db = new BookshopContext(database.Options<BookshopContext>()))
            {
                var sql = db.Authors.SelectRead().ToQueryString();
                var read = db.Authors.Where(a => a.Id == id).SelectRead().Single();

                Assert.DoesNotContain("PayoutAccount", sql);
                Assert.Equal("Ursula", read.Name);
                Assert.Equal("The Dispossessed", Assert.Single(read.Books).Title);
                Assert.Equal("Ursula", db.Books.SelectBookLine().Single().AuthorName);
                Assert.Null(typeof(AuthorCreate).GetProperty("CreatedAt"));
                Assert.Empty(DtoModelCheck.Problems(db));
            }
        }
    }
}
