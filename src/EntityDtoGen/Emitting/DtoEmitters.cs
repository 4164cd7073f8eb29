using System;
using EntityDtoGen.Model;

namespace EntityDtoGen.Emitting;

/// <summary>The emitter of each DTO kind of <see cref="DtoKind.All"/>.</summary>
internal static class DtoEmitters
{
    public static string Emit(DtoKind kind, EntityModel entity, CompilationFeatures features) => kind.Kind switch
    {
        GeneratedKinds.Create => CreateDtoEmitter.Emit(entity),
        GeneratedKinds.Read => ReadDtoEmitter.Emit(entity),
        GeneratedKinds.Update => UpdateDtoEmitter.Emit(entity, features),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind.Suffix, "no emitter for this DTO kind"),
    };
}
