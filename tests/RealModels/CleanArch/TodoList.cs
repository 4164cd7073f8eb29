using System.Collections.Generic;
using EntityDtoGen;

namespace RealModels.CleanArch;

[GenerateDtos]
public class TodoList : BaseAuditableEntity
{
    public string? Title { get; set; }

    public Colour Colour { get; set; } = Colour.White;

    public IList<TodoItem> Items { get; private set; } = new List<TodoItem>();
}
