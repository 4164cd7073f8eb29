using EntityDtoGen.Sample.Api.Data;
using Xunit;

namespace EntityDtoGen.Sample.Tests;

/// <summary>The one line a team adds to its own tests: the generated DTOs agree with the app's EF Core model.</summary>
public sealed class ModelCheckTests(SampleApiFactory factory) : IClassFixture<SampleApiFactory>
{
    [Fact]
    public void TheDtosMatchTheSampleModel()
    {
        using SampleDb db = factory.CreateDb();

        Assert.Empty(DtoModelCheck.Problems(db));
        DtoModelCheck.Verify(db);
    }
}
