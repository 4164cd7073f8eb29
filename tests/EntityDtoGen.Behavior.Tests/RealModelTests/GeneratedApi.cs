using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace EntityDtoGen.Behavior.Tests.RealModelTests;

/// <summary>
/// The generated types and methods of one corpus entity, found by their contract names, so one test body can run
/// against every entity of the corpus.
/// </summary>
public sealed record GeneratedApi(RealModel Model, Type Entity)
{
    private static readonly Assembly Assembly = typeof(GeneratedApi).Assembly;

    public Type? Create => Find("Create");

    public Type? Read => Find("Read");

    public Type? Update => Find("Update");

    public Type Mappings => Find("DtoMappings") ?? throw new InvalidOperationException(Entity.Name + "DtoMappings not generated");

    public Type Includes => Find("Includes") ?? throw new InvalidOperationException(Entity.Name + "Includes not generated");

    /// <summary>Every <c>[GenerateDtos]</c> class of the corpus, with the model whose context maps it.</summary>
    public static IEnumerable<GeneratedApi> All() =>
        Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("RealModels.", StringComparison.Ordinal) == true && t.GetCustomAttribute<GenerateDtosAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => new GeneratedApi(Enum.Parse<RealModel>(t.Namespace!.Split('.')[1]), t));

    public IQueryable Set(DbContext db) =>
        (IQueryable)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(Entity).Invoke(db, null)!;

    public IQueryable SelectRead(DbContext db) => (IQueryable)Invoke(Mappings, "SelectRead", Set(db));

    public object ToRead(object entity) => Invoke(Mappings, "ToRead", entity);

    public object ToEntity(object create) => Invoke(Mappings, "ToEntity", create);

    public IQueryable IncludePaths(DbContext db, params string[] paths) => (IQueryable)Invoke(Includes, "IncludePaths", Set(db), paths);

    public override string ToString() => Entity.FullName!;

    private static object Invoke(Type type, string method, params object[] arguments)
    {
        try
        {
            return type.GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.Name == method).Invoke(null, arguments)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }

    private Type? Find(string suffix) => Assembly.GetType(Entity.Namespace + "." + Entity.Name + suffix);
}
