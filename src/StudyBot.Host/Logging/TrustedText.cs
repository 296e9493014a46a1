namespace StudyBot.Host.Logging;

/// <summary>A log value written by this app itself (the start-up summary): its line breaks are kept.</summary>
public sealed record TrustedText(string Text)
{
    public override string ToString() => Text;
}
