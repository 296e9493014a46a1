using System.Net;

namespace StudyBot.Host.Telemetry;

/// <summary>The <c>Metrics</c> section: the Prometheus scrape endpoint and who may read it.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    public bool Enabled { get; set; } = true;

    public string Path { get; set; } = "/metrics";

    /// <summary>Networks besides loopback that may scrape, in CIDR form (<c>10.0.0.0/8</c>, <c>fd00::/8</c>).</summary>
    public List<string> AllowedNetworks { get; set; } = [];

    /// <summary>A port of its own for the endpoint (any caller reaching it may scrape; keep it off the public network).</summary>
    public int? Port { get; set; }

    /// <summary>OTLP collector for metrics and traces, e.g. http://localhost:4317; the standard OTEL_EXPORTER_OTLP_ENDPOINT works too.</summary>
    public string? OtlpEndpoint { get; set; }

    public IReadOnlyList<IPNetwork> Networks() => AllowedNetworks.Select(n => IPNetwork.Parse(n.Trim())).ToList();
}
