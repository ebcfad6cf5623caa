namespace MailScope.Core.Insights;

/// <summary>
/// One ask of a judged message as the store keeps it for insights: its verdict, the scope-book item it
/// matched (a deliverable, add-on or package id; null when none) with that match's kind, its topic
/// (<see cref="AskTopic.KeyOf"/>) and its text.
/// </summary>
public sealed record RecordedAsk(string Verdict, string? ItemId, string ItemKind, string Topic, string Text);
