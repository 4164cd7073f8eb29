using System.Linq;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>Emits <c>{Entity}DtoMappings</c>: <c>ToRead</c>, <c>ToEntity</c>, <c>ApplyTo</c>, <c>SelectRead</c> and the partial hooks.</summary>
internal static class MappingsEmitter
{
    public static string Emit(EntityModel entity, CompilationFeatures features)
    {
        var writer = GeneratedFile.Begin(entity);
        GeneratedFile.WriteTypeDocumentation(writer, "Maps between " + GeneratedFile.Cref(entity.FullyQualifiedName) + " and its DTOs. Add hooks and <c>Create{Member}</c> suppliers in your own partial declaration.");
        writer.WriteLine(entity.Accessibility + " static partial class " + entity.MappingsName);
        writer.OpenBlock();
        var first = true;
        if (entity.Has(GeneratedKinds.Read))
        {
            WriteToRead(writer, entity);
            writer.WriteLine();
            WriteSelectRead(writer, entity, features);
            first = false;
        }

        if (entity.Has(GeneratedKinds.Create))
        {
            if (!first)
            {
                writer.WriteLine();
            }

            WriteToEntity(writer, entity);
            first = false;
        }

        if (entity.Has(GeneratedKinds.Update))
        {
            if (!first)
            {
                writer.WriteLine();
            }

            WriteApplyTo(writer, entity);
        }

        if (features.HasEntityFrameworkCore)
        {
            writer.WriteLine();
            WriteCheckModel(writer, entity);
        }

        writer.CloseBlock();
        return GeneratedFile.End(writer, entity);
    }

    private static void WriteToRead(SourceWriter writer, EntityModel entity)
    {
        var readType = entity.QualifiedName(entity.ReadName);
        writer.WriteLine("/// <summary>Copies the entity's Read members into a new " + GeneratedFile.Cref(readType) + ".</summary>");
        writer.WriteLine("public static " + readType + " ToRead(this " + entity.FullyQualifiedName + " entity)");
        writer.OpenBlock();
        GeneratedFile.WriteNullCheck(writer, "entity");
        writer.WriteLine("return new " + readType);
        ReadDtoEmitter.WriteInitializer(writer, entity, "entity", inQuery: false);
        writer.CloseBlock(";");
        writer.CloseBlock();
        foreach (var navigation in entity.Navigations)
        {
            if (navigation.IncludeInRead && navigation.IsCollection)
            {
                writer.WriteLine();
                WriteCollectionHelper(writer, navigation);
            }
        }
    }

    private static void WriteCollectionHelper(SourceWriter writer, NavigationModel navigation)
    {
        var list = "global::System.Collections.Generic.List<" + navigation.TargetReadType + ">";
        writer.WriteLine("private static global::System.Collections.Generic.IReadOnlyList<" + navigation.TargetReadType + "> " + ReadDtoEmitter.CollectionHelperName(navigation)
            + "(global::System.Collections.Generic.IEnumerable<" + navigation.TargetType + ">? source)");
        writer.OpenBlock();
        writer.WriteLine("if (source is null)");
        writer.OpenBlock();
        writer.WriteLine("return global::System.Array.Empty<" + navigation.TargetReadType + ">();");
        writer.CloseBlock();
        writer.WriteLine();
        // A List<T> (what EF Core loads into) is read by index: foreach over IEnumerable<T> would box its enumerator unless
        // the JIT happens to devirtualize it, and the allocations must not depend on that.
        writer.WriteLine("if (source is global::System.Collections.Generic.List<" + navigation.TargetType + "> items)");
        writer.OpenBlock();
        writer.WriteLine("var mapped = new " + list + "(items.Count);");
        writer.WriteLine("for (var i = 0; i < items.Count; i++)");
        writer.OpenBlock();
        writer.WriteLine("mapped.Add(" + navigation.TargetMappingsType + ".ToRead(items[i]));");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return mapped;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("var result = source is global::System.Collections.Generic.ICollection<" + navigation.TargetType + "> collection ? new " + list + "(collection.Count) : new " + list + "();");
        writer.WriteLine("foreach (var item in source)");
        writer.OpenBlock();
        writer.WriteLine("result.Add(" + navigation.TargetMappingsType + ".ToRead(item));");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return result;");
        writer.CloseBlock();
    }

    private static void WriteSelectRead(SourceWriter writer, EntityModel entity, CompilationFeatures features)
    {
        var readType = entity.QualifiedName(entity.ReadName);
        writer.WriteLine("/// <summary>Projects the query to " + GeneratedFile.Cref(readType) + " with " + GeneratedFile.Cref(readType + ".Projection") + ", so the database returns only the Read members.</summary>");
        writer.WriteLine("public static global::System.Linq.IQueryable<" + readType + "> SelectRead(this global::System.Linq.IQueryable<" + entity.FullyQualifiedName + "> query)");
        writer.OpenBlock();
        GeneratedFile.WriteNullCheck(writer, "query");
        if (features.HasEntityFrameworkCore)
        {
            // A DTO has nothing to track, and EF Core refuses to project owned values in a tracking query.
            // AsNoTracking leaves a non-EF query as it is.
            writer.WriteLine("query = global::Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(query);");

            // Fail closed: a member EF Core does not map would make it load whole entities, secret columns included.
            writer.WriteLine("global::EntityDtoGen.ModelChecks.EnsureProjectionIsMapped(query, " + readType + ".Projection, \"" + entity.ReadName + "\");");
        }

        writer.WriteLine("return global::System.Linq.Queryable.Select(query, " + readType + ".Projection);");
        writer.CloseBlock();
    }

    private static void WriteToEntity(SourceWriter writer, EntityModel entity)
    {
        var createType = entity.QualifiedName(entity.CreateName);
        writer.WriteLine("/// <summary>Creates a new " + GeneratedFile.Cref(entity.FullyQualifiedName) + " from the client's " + GeneratedFile.Cref(createType) + ".</summary>");
        writer.WriteLine("public static " + entity.FullyQualifiedName + " ToEntity(this " + createType + " source)");
        writer.OpenBlock();
        GeneratedFile.WriteNullCheck(writer, "source");
        var arguments = entity.ConstructorArguments.Select(a => a.Parameter + ": " + (a.Member is { } member ? "source." + member : a.Supplier + "(source)"));
        var initialized = entity.Properties.Where(p => p.InCreate && p.CreateBinding == CreateBinding.Initializer).Select(p => p.Name + " = source." + p.Name + ",")
            .Concat(entity.Suppliers.Select(s => s.MemberName + " = " + s.MethodName + "(source),"))
            .ToList();
        var construction = "var entity = new " + entity.FullyQualifiedName + (entity.ConstructorArguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments) + ")");
        if (initialized.Count == 0 && entity.ConstructorArguments.Count > 0)
        {
            writer.WriteLine(construction + ";");
        }
        else
        {
            writer.WriteLine(construction);
            writer.OpenBlock();
            foreach (var line in initialized)
            {
                writer.WriteLine(line);
            }

            writer.CloseBlock(";");
        }

        foreach (var property in entity.Properties)
        {
            if (property.InCreate && property.CreateBinding == CreateBinding.KeepEntityDefault)
            {
                // The entity set a value of its own; only a value the client sent replaces it.
                writer.WriteLine("if (source." + property.Name + " is not null)");
                writer.OpenBlock();
                writer.WriteLine("entity." + property.Name + " = source." + property.Name + (property.IsReferenceType || !property.IsNonNullable ? ";" : ".Value;"));
                writer.CloseBlock();
                writer.WriteLine();
            }
        }

        writer.WriteLine("OnToEntity(source, entity);");
        writer.WriteLine("return entity;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Runs at the end of <c>ToEntity</c>, e.g. to hash a password your partial " + GeneratedFile.Cref(createType) + " adds.</summary>");
        writer.WriteLine("static partial void OnToEntity(" + createType + " source, " + entity.FullyQualifiedName + " entity);");
    }

    private static void WriteApplyTo(SourceWriter writer, EntityModel entity)
    {
        var updateType = entity.QualifiedName(entity.UpdateName);
        writer.WriteLine("/// <summary>Copies the members that are set in " + GeneratedFile.Cref(updateType) + " onto the entity; unset members leave it unchanged.</summary>");
        writer.WriteLine("public static void ApplyTo(this " + updateType + " update, " + entity.FullyQualifiedName + " entity)");
        writer.OpenBlock();
        GeneratedFile.WriteNullCheck(writer, "update", "entity");

        // One line per member: a large entity's ApplyTo stays readable and small.
        var members = entity.Properties.Where(p => p.InUpdate).ToList();
        foreach (var property in members)
        {
            writer.WriteLine("if (update." + property.Name + ".HasValue) entity." + property.Name + " = update." + property.Name + ".Value;");
        }

        if (members.Count > 0)
        {
            writer.WriteLine();
        }

        writer.WriteLine("OnApplyTo(update, entity);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Runs at the end of <c>ApplyTo</c>, after the set members were copied.</summary>");
        writer.WriteLine("static partial void OnApplyTo(" + updateType + " update, " + entity.FullyQualifiedName + " entity);");
    }

    /// <summary>What <c>DtoModelCheck</c> compares with the model for this entity: the projection and the DTO members.</summary>
    private static void WriteCheckModel(SourceWriter writer, EntityModel entity)
    {
        writer.WriteLine("/// <summary>Used by <see cref=\"global::EntityDtoGen.DtoModelCheck\"/>: compares these DTOs with EF Core's model.</summary>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.WriteLine("internal static bool CheckModel(global::Microsoft.EntityFrameworkCore.Metadata.IModel model, global::System.Collections.Generic.List<string> problems) =>");
        writer.Indent();
        writer.WriteLine("global::EntityDtoGen.ModelChecks.CheckEntity(");
        writer.Indent();
        writer.WriteLine("model,");
        writer.WriteLine("problems,");
        writer.WriteLine("typeof(" + entity.FullyQualifiedName + "),");
        writer.WriteLine((entity.Has(GeneratedKinds.Read) ? entity.QualifiedName(entity.ReadName) + ".Projection" : "null") + ",");
        writer.WriteLine("\"" + entity.ReadName + "\",");
        writer.WriteLine(GeneratedFile.StringArray(entity.Properties.Where(p => p.InCreate).Select(p => p.DisplayName)) + ",");
        writer.WriteLine("\"" + entity.CreateName + "\",");
        writer.WriteLine(GeneratedFile.StringArray(entity.Properties.Where(p => p.InUpdate).Select(p => p.DisplayName)) + ",");
        writer.WriteLine("\"" + entity.UpdateName + "\",");
        writer.WriteLine(GeneratedFile.StringArray(entity.SecretMembers) + ",");
        writer.WriteLine(entity.QualifiedName(entity.IncludesName) + ".Paths);");
        writer.Unindent();
        writer.Unindent();
    }
}
