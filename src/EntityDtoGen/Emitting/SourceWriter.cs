using System.Text;

namespace EntityDtoGen.Emitting;

/// <summary>Writes indented C# source line by line over a <see cref="StringBuilder"/>.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void WriteLine(string line)
    {
        for (var i = 0; i < _indent; i++)
        {
            _builder.Append(IndentUnit);
        }

        _builder.Append(line).Append('\n');
    }

    public void WriteLine() => _builder.Append('\n');

    /// <summary>
    /// Writes a fixed block of code (a template, usually a raw string literal) line by line at the current indentation,
    /// keeping the block's own relative indentation; blank lines stay empty.
    /// </summary>
    public void WriteBlock(string block)
    {
        foreach (var line in block.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                WriteLine();
            }
            else
            {
                WriteLine(line);
            }
        }
    }

    public void OpenBlock()
    {
        WriteLine("{");
        _indent++;
    }

    public void CloseBlock(string suffix = "")
    {
        _indent--;
        WriteLine("}" + suffix);
    }

    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    public override string ToString() => _builder.ToString();
}
