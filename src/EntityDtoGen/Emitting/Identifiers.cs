using System.Globalization;
using System.Text;

namespace EntityDtoGen.Emitting;

/// <summary>Identifiers for generated members of the assembly-wide classes, made from an entity's unique hint name prefix.</summary>
internal static class Identifiers
{
    /// <summary>One to one: letters and digits stay, any other character becomes <c>_XXXX</c> (its code).</summary>
    public static string Mangle(string hintNamePrefix)
    {
        var builder = new StringBuilder();
        foreach (var c in hintNamePrefix)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('_').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
