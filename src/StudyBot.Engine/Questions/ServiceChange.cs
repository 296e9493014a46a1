namespace StudyBot.Engine.Questions;

/// <summary>What AWS did to a service a question may name.</summary>
public enum ServiceChange
{
    Renamed,
    Retired,
    ClosedToNewCustomers,
}
