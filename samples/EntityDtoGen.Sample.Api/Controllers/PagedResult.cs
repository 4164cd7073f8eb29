using System.Collections.Generic;

namespace EntityDtoGen.Sample.Api.Controllers;

/// <summary>One page of items and the total count across all pages.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
