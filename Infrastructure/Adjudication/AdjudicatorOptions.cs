namespace MailScope.Infrastructure.Adjudication;

/// <summary>
/// <c>MailScope:Adjudicator</c>: an OpenAI-compatible chat endpoint (Ollama, Azure OpenAI, OpenAI) asked for a
/// second opinion on asks the engine is unsure of. Off by default; the key comes from the environment or a
/// secret store (<c>MailScope__Adjudicator__ApiKey</c>), never from a file in the repository, and is never logged.
/// </summary>
public sealed class AdjudicatorOptions
{
    public bool Enabled { get; set; }

    /// <summary>The endpoint's base address, e.g. <c>http://localhost:11434/v1</c> for Ollama.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The model name the endpoint serves, e.g. <c>llama3.1</c> or a deployment name.</summary>
    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>How long one ask may wait for an answer before the engine's verdict stands.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// Where a second opinion is asked when <see cref="Below"/> is not set (or the flag line, if that is higher). On trades
    /// the calibration never saw, the 8 % of asks under 0.8 had 57 % of verdicts right against 85 % above it
    /// (docs/judgement.md, the <c>calibration</c> command of the evaluation tool).
    /// </summary>
    public const double DefaultBelow = 0.8;

    /// <summary>Asks below this confidence go to the adjudicator; null uses <see cref="DefaultBelow"/> or the flag line, whichever is higher.</summary>
    public double? Below { get; set; }

    /// <summary>What is wrong with the settings, naming the key; empty when they can be used.</summary>
    public IEnumerable<string> Problems(string section)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Endpoint is null || !Endpoint.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttp && Endpoint.Scheme != Uri.UriSchemeHttps))
        {
            yield return $"{section}:Endpoint must be an http(s) address of an OpenAI-compatible endpoint when {section}:Enabled is true";
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return $"{section}:Model must name the model when {section}:Enabled is true";
        }

        if (TimeoutSeconds is <= 0 or > 300)
        {
            yield return $"{section}:TimeoutSeconds must be between 0 and 300 (got {TimeoutSeconds})";
        }

        if (Below is < 0 or > 1)
        {
            yield return $"{section}:Below must be between 0 and 1 (got {Below})";
        }
    }
}
