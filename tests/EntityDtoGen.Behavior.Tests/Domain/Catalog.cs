using System.Collections.Generic;

namespace EntityDtoGen.Behavior.Tests.Domain;

/// <summary>A self-referencing tree, for include paths that must stop where a type repeats.</summary>
[GenerateDtos]
public class Category
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int? ParentId { get; set; }

    public Category? Parent { get; set; }

    public List<Category> Children { get; set; } = [];

    public List<Product> Products { get; set; } = [];
}

public class Product
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int CategoryId { get; set; }

    public Category Category { get; set; } = null!;
}

/// <summary>A cycle through a collection: Customer → Orders → Customer.</summary>
[GenerateDtos]
public class Customer
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public List<Order> Orders { get; set; } = [];
}

[GenerateDtos(Kinds = DtoKinds.Read)]
public class Order
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer Customer { get; set; } = null!;

    public List<OrderLine> Lines { get; set; } = [];
}

[GenerateDtos(Kinds = DtoKinds.Read)]
public class OrderLine
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public Order Order { get; set; } = null!;

    public int ProductId { get; set; }

    public Product Product { get; set; } = null!;
}
