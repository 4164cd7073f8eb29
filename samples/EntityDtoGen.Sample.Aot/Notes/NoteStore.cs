using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace EntityDtoGen.Sample.Aot.Notes;

/// <summary>An in-memory store: the smoke app shows the generated code under Native AOT, not a database.</summary>
public sealed class NoteStore
{
    private readonly ConcurrentDictionary<Guid, Note> _notes = new();

    public IEnumerable<Note> All => _notes.Values.OrderBy(n => n.CreatedAt);

    public Note? Find(Guid id) => _notes.GetValueOrDefault(id);

    public Note Add(Note note)
    {
        note.Id = Guid.NewGuid();
        note.CreatedAt = DateTime.UtcNow;
        note.EditToken = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        _notes[note.Id] = note;
        return note;
    }
}
