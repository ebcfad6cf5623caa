using System.Text.RegularExpressions;
using MailScope.Core.Knowledge;

namespace MailScope.Core.Language;

/// <summary>A knowledge file of cue fragments (<c>repeat-cues.txt</c>, <c>quota-spent-cues.txt</c>), matched on folded text.</summary>
internal sealed class CuePattern(string file)
{
    private readonly Regex _pattern = KnowledgeFile.Pattern("{" + file + "}");

    public bool IsIn(string text) => _pattern.IsMatch(Tokenizer.Fold(text));
}
