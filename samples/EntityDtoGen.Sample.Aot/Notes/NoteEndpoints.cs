using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EntityDtoGen.Sample.Aot.Notes;

public static class NoteEndpoints
{
    public static RouteGroupBuilder MapNotes(this IEndpointRouteBuilder app)
    {
        var notes = app.MapGroup("/notes");
        // Explicit return types: the request delegate generator cannot infer a type from a generated method's result.
        notes.MapGet("/", List<NoteRead> (NoteStore store) => store.All.Select(n => n.ToRead()).ToList());
        notes.MapGet("/summaries", NoteSummary[] (NoteStore store) => store.All.Select(n => n.ToNoteSummary()).ToArray());
        notes.MapGet("/{id:guid}", Results<Ok<NoteRead>, NotFound> (Guid id, NoteStore store) =>
            store.Find(id) is { } note ? TypedResults.Ok(note.ToRead()) : TypedResults.NotFound());
        notes.MapPost("/", Created<NoteRead> (NoteCreate create, NoteStore store) =>
        {
            var note = store.Add(create.ToEntity());
            return TypedResults.Created($"/notes/{note.Id}", note.ToRead());
        });
        notes.MapPatch("/{id:guid}", Results<Ok<NoteRead>, NotFound> (Guid id, NoteUpdate update, NoteStore store) =>
        {
            if (store.Find(id) is not { } note)
            {
                return TypedResults.NotFound();
            }

            update.ApplyTo(note);
            return TypedResults.Ok(note.ToRead());
        });
        return notes;
    }
}
