namespace StudyBot.Engine.Questions;

// Shapes of services.yaml as written; validated and turned into ServiceStatus records by ServiceStatusLoader.
internal sealed class ServiceStatusFileDocument
{
    public List<ServiceStatusDocument>? Services { get; set; }
}

internal sealed class ServiceStatusDocument
{
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Status { get; set; }
    public string? Date { get; set; }
    public string? Successor { get; set; }
    public string? Note { get; set; }
    public List<string>? Mentions { get; set; }
    public string? Reference { get; set; }
}
