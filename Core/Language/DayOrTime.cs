using System.Text.RegularExpressions;

namespace MailScope.Core.Language;

/// <summary>A day or a time of day in folded text: "Thursday", "3 December", "14:00", "at 11am", "the 21st", "the usual time", "early December", "the December one", "around 11?".</summary>
internal static partial class DayOrTime
{
    public static bool IsIn(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:am|pm)\b|\bat\s+\d{1,2}\b(?![:.,]?\d)|\b(?:around|about|aim\s+for)\s+(?:1[0-2]|0?[1-9])(?=\s*(?:[?!]|\.(?!\d)|$|o'clock\b|ish\b|in\s+the\s+(?:morning|afternoon|evening)\b))|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?\b|\bthe\s+\d{1,2}(?:st|nd|rd|th\b|\.(?!\d))|\b(?:usual|same)\s+time\b|\bthe\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:one|date|session|slot)\b|\b(?:early|mid|late|start\s+of|end\s+of|beginning\s+of|(?:first|second)\s+half\s+of)[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
