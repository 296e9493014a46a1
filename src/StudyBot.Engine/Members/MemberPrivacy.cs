namespace StudyBot.Engine.Members;

/// <summary>
/// The one privacy rule: a member hidden from boards is never named to others (boards, a shared board's own row,
/// reveals, digests, another member's stats); their personal results go only to themselves.
/// </summary>
public static class MemberPrivacy
{
    /// <summary>Whether what others see (a board row, a "got it right" list) may name this member.</summary>
    public static bool NamedToOthers(Member member) => !member.HiddenFromBoards;

    /// <summary>Whether a board row may show this member to the place the board is shown in.</summary>
    public static bool NamedToOthers(BoardTotals totals) => !totals.HiddenFromBoards;

    /// <summary>
    /// The caller's own row on a board the whole place sees: only when the caller may be named there (a hidden member
    /// sees their results privately, in their stats).
    /// </summary>
    public static long? OwnRowOnSharedBoard(Member caller) => NamedToOthers(caller) ? caller.Id : null;

    /// <summary>Whether <paramref name="viewer"/> may see <paramref name="subject"/>'s stats: their own always, others' only when visible.</summary>
    public static bool MaySeeStats(Member viewer, Member subject) => viewer.Id == subject.Id || NamedToOthers(subject);
}
