using System.Linq;
using System.Net.Http.Json;
using System.Threading.Tasks;
using EntityDtoGen.EntityFrameworkCore;
using EntityDtoGen.Sample.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace EntityDtoGen.Sample.Tests;

/// <summary>The sample's N+1 guard as Program.cs registers it: the test host runs in Development, where repeats throw.</summary>
public sealed class QueryGuardTests(SampleApiFactory factory) : IClassFixture<SampleApiFactory>
{
    [Fact]
    public async Task AReadIsOneCommandAndTheSameQueryRunSixTimesFailsInDevelopment()
    {
        var client = factory.CreateClient();
        var page = await client.GetFromJsonAsync<Page>("/users?pageSize=100");
        factory.Guard.Reset();

        await client.GetStringAsync("/users/" + page!.Items[0].Id);

        Assert.Single(factory.Guard.Commands);

        // What a loop with a query per item sends: one SQL text again and again, with other parameter values.
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SampleDb>();
        var error = await Assert.ThrowsAsync<QueryGuardException>(async () =>
        {
            foreach (var email in Enumerable.Range(0, 6).Select(i => "user" + i + "@example.com"))
            {
                await db.Users.CountAsync(u => u.Email == email);
            }
        });
        Assert.Contains("N+1", error.Message);
    }

    private sealed record Page(Item[] Items);

    private sealed record Item(System.Guid Id);
}
