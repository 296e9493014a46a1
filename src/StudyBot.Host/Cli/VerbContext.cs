namespace StudyBot.Host.Cli;

/// <summary>What a verb's action runs against: the built host's services and the terminal's streams.</summary>
internal sealed record VerbContext(IServiceProvider Services, TextReader Input, TextWriter Output, TextWriter Error);
