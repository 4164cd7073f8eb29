using System;
using System.Linq;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using RealModels.CleanArch;
using RealModels.Commerce;
using RealModels.Ordering;
using Xunit;
using Commerce = RealModels.Commerce;
using CleanArch = RealModels.CleanArch;
using Ordering = RealModels.Ordering;

namespace EntityDtoGen.Behavior.Tests.RealModelTests;

/// <summary>The ten ways real models broke the first release (issue 9), each held against the generated types.</summary>
public sealed class FailureClassTests
{
    [Theory]
    // 1, 3: an enum wrapper over an int column, ignored in the configuration: never read, never input; its column is.
    [InlineData(typeof(Commerce.AccountRead), "Status", false)]
    [InlineData(typeof(Commerce.AccountRead), "StatusId", true)]
    [InlineData(typeof(Commerce.AccountCreate), "Status", false)]
    [InlineData(typeof(Commerce.AccountCreate), "StatusId", true)]
    [InlineData(typeof(Commerce.OrderUpdate), "OrderStatus", false)]
    [InlineData(typeof(Commerce.OrderUpdate), "PaymentStatus", false)]
    [InlineData(typeof(Commerce.OrderUpdate), "ShippingStatus", false)]
    [InlineData(typeof(Commerce.OrderUpdate), "OrderStatusId", true)]
    // 1: secrets by marker and by name.
    [InlineData(typeof(Commerce.AccountRead), "PasswordHash", false)]
    [InlineData(typeof(Commerce.CustomerPasswordRead), "Password", false)]
    [InlineData(typeof(Commerce.CustomerPasswordRead), "PasswordSalt", false)]
    [InlineData(typeof(Commerce.OrderRead), "CardNumber", false)]
    [InlineData(typeof(Commerce.OrderRead), "CardCvv2", false)]
    [InlineData(typeof(Ordering.PaymentMethodRead), "CardNumber", false)]
    [InlineData(typeof(Ordering.PaymentMethodRead), "SecurityNumber", false)]
    // 2: audit fields by name, and those an interceptor sets: Read only.
    [InlineData(typeof(Commerce.CustomerCreate), "CreatedOnUtc", false)]
    [InlineData(typeof(Commerce.AccountUpdate), "UpdatedOnUtc", false)]
    [InlineData(typeof(Commerce.CustomerRead), "CreatedOnUtc", true)]
    [InlineData(typeof(CleanArch.TodoItemCreate), "CreatedBy", false)]
    [InlineData(typeof(CleanArch.TodoItemUpdate), "LastModifiedBy", false)]
    [InlineData(typeof(CleanArch.TodoItemUpdate), "Created", false)]
    [InlineData(typeof(CleanArch.TodoItemRead), "CreatedBy", true)]
    // 6: a key configured ValueGeneratedNever is client input; a row version and a default-value column are not.
    [InlineData(typeof(Commerce.CurrencyCreate), "Id", true)]
    [InlineData(typeof(Commerce.CurrencyUpdate), "Id", false)]
    [InlineData(typeof(Ordering.CardTypeCreate), "Id", true)]
    [InlineData(typeof(Commerce.SettingCreate), "RowVersion", false)]
    [InlineData(typeof(Commerce.SettingCreate), "ValueChangedOnUtc", false)]
    // 6, 9: owned values and provider value types are values in every DTO.
    [InlineData(typeof(Ordering.OrderRead), "Address", true)]
    [InlineData(typeof(CleanArch.TodoListCreate), "Colour", true)]
    [InlineData(typeof(Commerce.CustomerCreate), "LastIpAddress", true)]
    [InlineData(typeof(Ordering.BuyerUpdate), "DeviceMac", true)]
    // 4: private setters reach Read, and Create only through a constructor.
    [InlineData(typeof(Ordering.CatalogItemRead), "AvailableStock", true)]
    [InlineData(typeof(Ordering.CatalogItemCreate), "AvailableStock", true)]
    [InlineData(typeof(Ordering.CatalogItemUpdate), "AvailableStock", false)]
    [InlineData(typeof(Ordering.CatalogBrandCreate), "Brand", true)]
    // 10: IdentityUser's credentials are secret, its account state is managed by Identity.
    [InlineData(typeof(CleanArch.ApplicationUserRead), "PasswordHash", false)]
    [InlineData(typeof(CleanArch.ApplicationUserRead), "SecurityStamp", false)]
    [InlineData(typeof(CleanArch.ApplicationUserRead), "ConcurrencyStamp", false)]
    [InlineData(typeof(CleanArch.ApplicationUserRead), "EmailConfirmed", true)]
    [InlineData(typeof(CleanArch.ApplicationUserCreate), "EmailConfirmed", false)]
    [InlineData(typeof(CleanArch.ApplicationUserCreate), "LockoutEnd", false)]
    [InlineData(typeof(CleanArch.ApplicationUserCreate), "AccessFailedCount", false)]
    [InlineData(typeof(CleanArch.ApplicationUserCreate), "PasswordHash", false)]
    [InlineData(typeof(CleanArch.ApplicationUserUpdate), "TwoFactorEnabled", false)]
    [InlineData(typeof(CleanArch.ApplicationUserCreate), "DisplayName", true)]
    [InlineData(typeof(CleanArch.ApplicationUserCreate), "Email", true)]
    public void AMemberIsWhereItBelongs(Type dto, string member, bool carried) =>
        Assert.True(
            (dto.GetProperty(member, BindingFlags.Public | BindingFlags.Instance) is not null) == carried,
            $"{dto.Name} {(carried ? "lacks" : "carries")} {member}");

    [Theory]
    // 5: nothing may change after creation: no Update at all, rather than an empty one.
    [InlineData("RealModels.Ordering.OrderItemUpdate")]
    [InlineData("RealModels.Ordering.CardTypeUpdate")]
    [InlineData("RealModels.Ordering.OrderUpdate")]
    // 4: the aggregate's only public constructor takes card data it does not store.
    [InlineData("RealModels.Ordering.OrderCreate")]
    public void ADtoThatWouldBeEmptyOrCannotBeServedIsNotGenerated(string dto) =>
        Assert.Null(typeof(FailureClassTests).Assembly.GetType(dto));

    [Fact]
    public void AConstructorAssignedValueIsKeptUnlessTheClientSendsOne()
    {
        // 8: Customer() assigns CustomerGuid = Guid.NewGuid().
        var kept = new Commerce.CustomerCreate { IsTaxExempt = false, FailedLoginAttempts = 0, Active = true, IsSystemAccount = false, LastActivityDateUtc = DateTime.UtcNow, RegisteredInStoreId = 1 }.ToEntity();
        var sent = new Commerce.CustomerCreate { CustomerGuid = new Guid("11111111-2222-3333-4444-555555555555"), IsTaxExempt = false, FailedLoginAttempts = 0, Active = true, IsSystemAccount = false, LastActivityDateUtc = DateTime.UtcNow, RegisteredInStoreId = 1 }.ToEntity();

        Assert.NotEqual(Guid.Empty, kept.CustomerGuid);
        Assert.Equal(new Guid("11111111-2222-3333-4444-555555555555"), sent.CustomerGuid);
        Assert.Equal(CleanArch.Colour.White, new CleanArch.TodoListCreate { Title = "t" }.ToEntity().Colour);
    }

    [Fact]
    public void AConstructorBindsTheCreateMembersByName()
    {
        // 4: OrderItem has only a parameterised constructor with private setters behind it.
        var item = new Ordering.OrderItemCreate { ProductId = 9, ProductName = "Mug", UnitPrice = 8.5m, Discount = 0.5m, PictureUrl = null }.ToEntity();

        Assert.Equal((9, "Mug", 8.5m, 0.5m, 1), (item.ProductId, item.ProductName, item.UnitPrice, item.Discount, item.Units));
        Assert.Equal(".NET", new Ordering.CatalogBrandCreate { Brand = ".NET" }.ToEntity().Brand);
    }

    [Fact]
    public void ANavigationBehindAFieldIsIncludedAndAValueColumnIsNot()
    {
        // 7 and 9.
        Assert.Contains("OrderItems", Ordering.OrderIncludes.Paths);
        Assert.Contains("PaymentMethods", Ordering.BuyerIncludes.Paths);
        Assert.Contains("OrderItems", Commerce.OrderIncludes.Paths);
        Assert.DoesNotContain("Address", Ordering.OrderIncludes.Paths);
        Assert.Empty(Commerce.CustomerIncludes.Paths);
    }

    [Fact]
    public void TheInterceptorFillsTheAuditFieldsTheClientCannotSend()
    {
        using var database = new RealModelDatabase(RealModel.CleanArch);
        int id;
        using (var db = (CleanArch.ApplicationDbContext)database.CreateContext())
        {
            var list = new CleanArch.TodoListCreate { Title = "Groceries" }.ToEntity();
            db.TodoLists.Add(list);
            db.SaveChanges();
            id = list.Id;
        }

        using (var db = (CleanArch.ApplicationDbContext)database.CreateContext())
        {
            var read = db.TodoLists.Where(l => l.Id == id).SelectRead().Single();
            Assert.Equal("user-42", read.CreatedBy);
            Assert.NotEqual(default, read.Created);
        }
    }

    [Fact]
    public void AnIdentityUserIsReadWithoutItsCredentials()
    {
        using var database = new RealModelDatabase(RealModel.CleanArch);
        using var db = (CleanArch.ApplicationDbContext)database.CreateContext();

        var sql = db.Users.SelectRead().ToQueryString();
        var user = db.Users.SelectRead().Single();

        Assert.DoesNotContain("PasswordHash", sql);
        Assert.DoesNotContain("SecurityStamp", sql);
        Assert.DoesNotContain("ConcurrencyStamp", sql);
        Assert.Equal("Administrator", user.DisplayName);
    }
}
