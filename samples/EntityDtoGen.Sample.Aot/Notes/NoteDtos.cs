namespace EntityDtoGen.Sample.Aot.Notes;

// Under Native AOT, ASP.NET Core's request delegate generator writes the endpoint code at compile time from each
// handler's signature. It cannot see types another generator adds, so every DTO a handler takes or returns is declared
// here once, empty: EntityDtoGen generates the rest of each.
public partial record NoteCreate;

public partial record NoteRead;

public partial record NoteUpdate;
