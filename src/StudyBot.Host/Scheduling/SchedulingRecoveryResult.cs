namespace StudyBot.Host.Scheduling;

/// <summary>What the start-up catch-up did: channels re-scheduled, missed posts fired, overdue or pending reveals scheduled.</summary>
public sealed record SchedulingRecoveryResult(int Channels, int Posts, int Reveals);
