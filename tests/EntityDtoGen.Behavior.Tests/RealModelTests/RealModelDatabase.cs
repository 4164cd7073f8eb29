using System;
using System.Net;
using System.Net.NetworkInformation;
using EntityDtoGen.Behavior.Tests.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Commerce = RealModels.Commerce;
using CleanArch = RealModels.CleanArch;
using Ordering = RealModels.Ordering;

namespace EntityDtoGen.Behavior.Tests.RealModelTests;

/// <summary>The three corpus models (tests/RealModels).</summary>
public enum RealModel
{
    Commerce,
    Ordering,
    CleanArch,
}

/// <summary>
/// One corpus model's context on a real SQLite database in memory, seeded with one realistic graph built through the
/// entities' own constructors and methods, as the application would.
/// </summary>
public sealed class RealModelDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public RealModelDatabase(RealModel model)
    {
        Model = model;
        _connection.Open();
        using var db = CreateContext();
        db.Database.EnsureCreated();
        Seed(db);
    }

    public RealModel Model { get; }

    public CommandCounter Counter { get; } = new();

    public DbContext CreateContext() => Model switch
    {
        RealModel.Commerce => new Commerce.CommerceDbContext(Options<Commerce.CommerceDbContext>().Options),
        RealModel.Ordering => new Ordering.OrderingDbContext(Options<Ordering.OrderingDbContext>().Options),
        _ => new CleanArch.ApplicationDbContext(Options<CleanArch.ApplicationDbContext>()
            .AddInterceptors(new CleanArch.Interceptors.AuditableEntityInterceptor(new FixedUser(), TimeProvider.System))
            .Options),
    };

    public void Dispose() => _connection.Dispose();

    private DbContextOptionsBuilder<TContext> Options<TContext>()
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseSqlite(_connection).AddInterceptors(Counter);

    private void Seed(DbContext context)
    {
        switch (context)
        {
            case Commerce.CommerceDbContext db:
                SeedCommerce(db);
                break;
            case Ordering.OrderingDbContext db:
                SeedOrdering(db);
                break;
            case CleanArch.ApplicationDbContext db:
                SeedCleanArch(db);
                break;
        }

        Counter.Commands.Clear();
    }

    private static void SeedCommerce(Commerce.CommerceDbContext db)
    {
        var now = new DateTime(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        var billing = new Commerce.Address { FirstName = "Ada", LastName = "Lovelace", Email = "ada@example.com", City = "London", Address1 = "12 St James's Sq", ZipPostalCode = "SW1Y 4JH", CountryId = 826, CreatedOnUtc = now };
        var customer = new Commerce.Customer { Username = "ada", Email = "ada@example.com", FirstName = "Ada", LastName = "Lovelace", Active = true, LastIpAddress = IPAddress.Parse("192.0.2.17"), CreatedOnUtc = now, LastActivityDateUtc = now, RegisteredInStoreId = 1 };
        db.Addresses.Add(billing);
        db.Customers.Add(customer);
        db.SaveChanges();
        customer.BillingAddressId = billing.Id;
        db.CustomerPasswords.Add(new Commerce.CustomerPassword { CustomerId = customer.Id, Password = "hashed==", PasswordSalt = "salt==", PasswordFormat = Commerce.PasswordFormat.Hashed, CreatedOnUtc = now });
        db.Accounts.Add(new Commerce.Account { Username = "admin", Email = "admin@example.com", PasswordHash = "AQAAAAIAAYagAAAAE", Status = Commerce.AccountStatus.Active, CreatedOnUtc = now, UpdatedOnUtc = now });
        var category = new Commerce.Category { Name = "Books", Published = true, PageSize = 6, CreatedOnUtc = now, UpdatedOnUtc = now };
        var product = new Commerce.Product { Name = "Notes on the Analytical Engine", Sku = "BK-1843", Price = 29.90m, ProductType = Commerce.ProductType.SimpleProduct, Published = true, StockQuantity = 10, OrderMinimumQuantity = 1, OrderMaximumQuantity = 10, CreatedOnUtc = now, UpdatedOnUtc = now };
        product.ProductCategories.Add(new Commerce.ProductCategory { Category = category, IsFeaturedProduct = true, DisplayOrder = 1 });
        db.Products.Add(product);

        // A product and a category that nothing links yet, so a new ProductCategory can take them.
        db.Categories.Add(new Commerce.Category { Name = "Maps", Published = true, PageSize = 6, CreatedOnUtc = now, UpdatedOnUtc = now });
        db.Products.Add(new Commerce.Product { Name = "Atlas", Sku = "AT-1", Price = 12m, ProductType = Commerce.ProductType.SimpleProduct, Published = true, StockQuantity = 3, OrderMinimumQuantity = 1, OrderMaximumQuantity = 5, CreatedOnUtc = now, UpdatedOnUtc = now });
        db.Currencies.Add(new Commerce.Currency { Id = 978, Name = "Euro", CurrencyCode = "EUR", Rate = 0.92m, DisplayLocale = "de-DE", Published = true, RoundingType = Commerce.RoundingType.Rounding001, CreatedOnUtc = now, UpdatedOnUtc = now });
        db.Settings.Add(new Commerce.Setting("ordersettings.minordertotal", "10"));
        var order = new Commerce.Order
        {
            OrderGuid = Guid.NewGuid(), CustomOrderNumber = "1001", StoreId = 1, Customer = customer, BillingAddress = billing,
            OrderStatus = Commerce.OrderStatus.Processing, PaymentStatus = Commerce.PaymentStatus.Paid, ShippingStatus = Commerce.ShippingStatus.NotYetShipped,
            CustomerCurrencyCode = "EUR", CurrencyRate = 0.92m, OrderSubtotalInclTax = 29.90m, OrderSubtotalExclTax = 25.13m, OrderTotal = 29.90m,
            CardType = "Visa", CardName = "Ada Lovelace", CardNumber = "4111111111111111", MaskedCreditCardNumber = "************1111", CardCvv2 = "123",
            CustomerIp = "192.0.2.17", PaidDateUtc = now, CreatedOnUtc = now,
        };
        order.OrderItems.Add(new Commerce.OrderItem { OrderItemGuid = Guid.NewGuid(), Product = product, Quantity = 1, UnitPriceInclTax = 29.90m, PriceInclTax = 29.90m });
        db.Orders.Add(order);
        db.SaveChanges();
    }

    private static void SeedOrdering(Ordering.OrderingDbContext db)
    {
        db.CardTypes.AddRange(new Ordering.CardType { Id = 1, Name = "Amex" }, new Ordering.CardType { Id = 2, Name = "Visa" }, new Ordering.CardType { Id = 3, Name = "MasterCard" });
        var brand = new Ordering.CatalogBrand(".NET");
        var type = new Ordering.CatalogType("T-Shirt");
        db.CatalogBrands.Add(brand);
        db.CatalogTypes.Add(type);
        db.SaveChanges();
        var item = new Ordering.CatalogItem(".NET Bot Black Hoodie", "A hoodie", 19.5m, "1.webp", type.Id, brand.Id, 100, 10, 200);
        db.CatalogItems.Add(item);
        var expiration = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var buyer = new Ordering.Buyer("0b6d4d2c-6c1b-4a3b-9f52-7d0c2bb1a0a1", "alice") { DeviceMac = PhysicalAddress.Parse("00-1A-2B-3C-4D-5E") };
        var payment = buyer.VerifyOrAddPaymentMethod(2, "Payment Method on 2025", "4012888888881881", "535", "Alice Smith", expiration);
        db.Buyers.Add(buyer);
        db.SaveChanges();
        var order = new Ordering.Order(buyer.IdentityGuid, buyer.Name, new Ordering.Address("15703 NE 61st Ct", "Redmond", "WA", "U.S.", "98052"), 2, "4012888888881881", "Alice Smith", expiration);
        order.AddOrderItem(item.Id, item.Name, item.Price, 0m, item.PictureFileName, 2);
        order.SetPaymentMethodVerified(buyer.Id, payment.Id);
        db.Orders.Add(order);
        db.SaveChanges();
    }

    private static void SeedCleanArch(CleanArch.ApplicationDbContext db)
    {
        db.Users.Add(new CleanArch.ApplicationUser { UserName = "administrator@localhost", Email = "administrator@localhost", DisplayName = "Administrator", PasswordHash = "AQAAAAIAAYagAAAAE" });
        var list = new CleanArch.TodoList { Title = "Todo List", Colour = CleanArch.Colour.Blue };
        list.Items.Add(new CleanArch.TodoItem { Title = "Make a todo list", Priority = CleanArch.PriorityLevel.Low });
        list.Items.Add(new CleanArch.TodoItem { Title = "Check off the first item", Reminder = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
        db.TodoLists.Add(list);
        db.SaveChanges();
    }

    private sealed class FixedUser : CleanArch.IUser
    {
        public string? Id => "user-42";
    }
}
