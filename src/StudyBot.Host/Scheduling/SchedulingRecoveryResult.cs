namespace StudyBot.Host.Scheduling;

/// <summary>What the start-up catch-up did: channels checked, missed posts still due (each goes out once: by its own late trigger or a catch-up), overdue or pending reveals scheduled.</summary>
public sealed record SchedulingRecoveryResult(int Channels, int Posts, int Reveals);
