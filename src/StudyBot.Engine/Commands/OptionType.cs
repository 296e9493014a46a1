namespace StudyBot.Engine.Commands;

/// <summary>What an option's value is; each maps onto the platform's own types and onto the text grammar.</summary>
public enum OptionType
{
    /// <summary>An exam code from the catalog, or <c>all</c> when the option allows it.</summary>
    Exam,

    /// <summary>A whole number within the option's range.</summary>
    Integer,

    /// <summary>One of the option's fixed choices.</summary>
    Choice,

    /// <summary>A member of the platform (a Discord user option, a Teams mention).</summary>
    Member,

    /// <summary>A time of day, HH:MM.</summary>
    TimeOfDay,

    /// <summary>An IANA time zone.</summary>
    TimeZone,

    /// <summary>A set of weekdays (see <see cref="Vocabulary.TryWeekdays"/>).</summary>
    Weekdays,

    /// <summary>A board period: week, month or all (and the vocabulary's other words for them).</summary>
    Period,

    /// <summary>A board scope: this channel or the whole server/team.</summary>
    Scope,

    /// <summary>A delay in minutes, also written as 8h or 90m.</summary>
    Minutes,

    /// <summary>A calendar date, YYYY-MM-DD.</summary>
    Date,

    /// <summary>A decimal number (the service judges its range), e.g. 0.9.</summary>
    Number,

    /// <summary>Words as given (a question id, answer labels, a note); the service judges them.</summary>
    Text,
}
