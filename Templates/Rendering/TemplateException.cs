namespace MailScope.Templates.Rendering;

/// <summary>A template does not parse or uses something the model does not have: named by template and line.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException()
    {
    }

    public TemplateException(string message) : base(message)
    {
    }

    public TemplateException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
