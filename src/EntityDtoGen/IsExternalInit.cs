namespace System.Runtime.CompilerServices;

/// <summary>netstandard2.0 lacks this type, which records and init accessors need.</summary>
internal static class IsExternalInit
{
}
