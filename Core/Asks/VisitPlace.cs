using System.Text.RegularExpressions;
using MailScope.Core.Knowledge;

namespace MailScope.Core.Asks;

/// <summary>
/// "Could they come here to chambers rather than home?", "collect from my work instead of the house": the client's own
/// other place for an agreed visit or collection moves it, as another day does (docs/asks.md: in_scope). Another
/// person's place ("to her flat", "at my mum's") is a variant (swapped-person-or-place.txt).
/// </summary>
internal static class VisitPlace
{
    private static readonly Regex OwnOtherPlace = KnowledgeFile.Pattern(@"\b(?:come|collect|pick\s+(?:\w+\s+)?up|drop\s+(?:\w+\s+)?off|deliver|bring|meet)\s+(?:(?:it|them)\s+)?(?:here\s+|there\s+|over\s+|round\s+)?(?:to|at|from)\s+(?!(?:his|her|their|them|him)\b)(?![^.?!,]*\b{relatives}s?\b)[^.?!,]{1,30}?\s+(?:rather\s+than|instead\s+of)\s+(?:at\s+|from\s+)?(?:(?:my|our|the)\s+)?(?:home|house|flat|apartment|place|office|work)\b");

    /// <summary>Whether the folded text moves an agreed visit or collection to another of the client's own places.</summary>
    public static bool MovesToOwnPlace(string folded) => OwnOtherPlace.IsMatch(folded);
}
