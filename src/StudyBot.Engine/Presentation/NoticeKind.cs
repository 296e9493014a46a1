namespace StudyBot.Engine.Presentation;

public enum NoticeKind
{
    /// <summary>Something was done.</summary>
    Done,

    /// <summary>Information, nothing changed.</summary>
    Info,

    /// <summary>The request could not be understood or its values are wrong; nothing changed.</summary>
    Invalid,

    /// <summary>Only admins may do this; the adapter adds what makes someone an admin on its platform.</summary>
    AdminsOnly,

    /// <summary>The thing asked about does not exist (any more).</summary>
    NotFound,

    /// <summary>Someone's data is private.</summary>
    Private,

    /// <summary>What was asked could not be done because something outside StudyBot refused (the platform); the text says what happens next.</summary>
    Failed,
}
