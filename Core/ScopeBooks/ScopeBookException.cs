namespace MailScope.Core.ScopeBooks;

/// <summary>
/// A scope book was refused as a whole. <see cref="Errors"/> lists every problem found, each naming
/// the file, line and field; nothing of the book is used.
/// </summary>
public sealed class ScopeBookException : Exception
{
    public ScopeBookException(IReadOnlyList<ScopeBookError> errors)
        : base(Describe(errors)) => Errors = errors;

    public ScopeBookException() : this([]) { }

    public ScopeBookException(string message) : base(message) => Errors = [];

    public ScopeBookException(string message, Exception innerException) : base(message, innerException) => Errors = [];

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<ScopeBookError> Errors { get; }

    private static string Describe(IReadOnlyList<ScopeBookError> errors) => errors.Count switch
    {
        0 => "The scope book was refused.",
        1 => $"The scope book was refused: {errors[0]}",
        _ => $"The scope book was refused ({errors.Count} problems):{Environment.NewLine}  " +
             string.Join(Environment.NewLine + "  ", errors),
    };
}
