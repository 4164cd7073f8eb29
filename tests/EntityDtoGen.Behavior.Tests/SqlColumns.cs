using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using EntityDtoGen.Behavior.Tests.Domain;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

/// <summary>Reads which table columns a SQL statement touches, to hold them against the Read DTOs.</summary>
public static class SqlColumns
{
    private static readonly Dictionary<string, Type> ReadDtoByTable = new()
    {
        ["Users"] = typeof(UserRead),
        ["Assessments"] = typeof(AssessmentRead),
        ["Questions"] = typeof(QuestionRead),
    };

    /// <summary>
    /// Columns per table, found as <c>"alias"."Column"</c> where the alias names a table (<c>"Users" AS "u"</c>). Npgsql
    /// leaves aliases unquoted (<c>"Users" AS u</c>, <c>u."Column"</c>), so the quotes around an alias are optional.
    /// </summary>
    public static Dictionary<string, HashSet<string>> Of(string sql)
    {
        var tableByAlias = Regex.Matches(sql, """(\w+)" AS "?(\w+)""")
            .Where(m => ReadDtoByTable.ContainsKey(m.Groups[1].Value))
            .ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        var columns = tableByAlias.Values.Distinct().ToDictionary(t => t, _ => new HashSet<string>());
        foreach (Match match in Regex.Matches(sql, """(\w+)"?\."(\w+)"""))
        {
            if (tableByAlias.TryGetValue(match.Groups[1].Value, out var table))
            {
                columns[table].Add(match.Groups[2].Value);
            }
        }

        return columns;
    }

    /// <summary>Every column read from a mapped table belongs to a member of that table's Read DTO (an owned value's columns to its member).</summary>
    public static void AssertOnlyReadMembers(string sql)
    {
        var columns = Of(sql);
        Assert.NotEmpty(columns);
        foreach (var (table, names) in columns)
        {
            var members = ReadDtoByTable[table].GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet();
            foreach (var column in names)
            {
                Assert.True(members.Contains(column.Split('_')[0]), $"{table}.{column} is not a member of {ReadDtoByTable[table].Name}:\n{sql}");
            }
        }
    }
}
