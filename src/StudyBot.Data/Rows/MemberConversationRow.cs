namespace StudyBot.Data.Rows;

/// <summary>How to reach a member privately (the adapter's opaque reference); one row per member.</summary>
public sealed class MemberConversationRow
{
    public long MemberId { get; set; }
    public string Reference { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
