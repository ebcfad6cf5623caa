namespace MailScope.Core.ScopeBooks;

/// <summary>One reason a scope book was refused: where (file, line, column), which field, and why.</summary>
public sealed record ScopeBookError(string File, int Line, int Column, string Field, string Message)
{
    /// <summary>The conventional <c>file:line:column: field: message</c> form editors can jump to.</summary>
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}:{Column}: {Field}: {Message}" : $"{File}: {Field}: {Message}";
}
