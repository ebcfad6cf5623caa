namespace MailScope.Core.Matching;

/// <summary>What an ask matched in the scope book (the <c>match.kind</c> of docs/scan.md).</summary>
public enum MatchKind
{
    /// <summary>Nothing in the book.</summary>
    None,

    /// <summary>A deliverable of the client's own package.</summary>
    Deliverable,

    /// <summary>An item of the a-la-carte add-on menu.</summary>
    AddOn,

    /// <summary>A deliverable only another package has; the id is that package's.</summary>
    Package,

    /// <summary>A referral's expertise that is not the provider's; the id is the referral's name.</summary>
    Referral,
}
