namespace StudyBot.Engine.Presentation;

/// <summary>
/// A daily question as one member sees it: the question (closed once revealed), what they answered, a line saying so, and
/// after the close the reveal. Only ever shown to that member (a per-member view of a shared post).
/// </summary>
/// <param name="ChosenLabels">The member's recorded pick; empty when they have not answered.</param>
/// <param name="Note">"You answered B. The answer is revealed at …", "You chose B · the answer is D."; null when there is nothing to say.</param>
/// <param name="Correct">Whether the pick was right, once the answer is revealed; null before.</param>
public sealed record MemberRoundView(RoundView Round, IReadOnlyList<string> ChosenLabels, Text? Note, bool? Correct, RevealView? Reveal)
{
    public bool Answered => ChosenLabels.Count > 0;
}
