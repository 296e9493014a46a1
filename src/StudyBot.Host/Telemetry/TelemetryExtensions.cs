using System.Net;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace StudyBot.Host.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// OpenTelemetry: the product's meter, ASP.NET Core, HttpClient and runtime metrics, a Prometheus scrape endpoint, and
    /// OTLP export of metrics and traces when a collector is configured.
    /// </summary>
    public static WebApplicationBuilder AddStudyBotTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.SectionName)
            .Validate(o => o.Path.StartsWith('/'), "Metrics:Path must start with '/'.")
            .Validate(o => o.Port is null or (> 0 and < 65536), "Metrics:Port must be a port number (1-65535).")
            .Validate(o => o.AllowedNetworks.All(n => IPNetwork.TryParse(n.Trim(), out _)), "Metrics:AllowedNetworks entries must be networks in CIDR form, e.g. 10.0.0.0/8.")
            .ValidateOnStart();
        builder.Services.AddSingleton<HostMetrics>();
        var settings = builder.Configuration.GetSection(MetricsOptions.SectionName).Get<MetricsOptions>() ?? new MetricsOptions();
        var otlp = !string.IsNullOrWhiteSpace(settings.OtlpEndpoint) || !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("studybot"))
            .WithMetrics(m =>
            {
                m.AddMeter(StudyBotMetrics.MeterName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
                if (settings.Enabled)
                {
                    m.AddPrometheusExporter();
                }
            });
        if (otlp)
        {
            telemetry.WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(settings.OtlpEndpoint ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]!));
        }

        if (settings.Enabled && settings.Port is { } port)
        {
            var urls = builder.Configuration["urls"] ?? Startup.HostingExtensions.DefaultUrl;
            builder.WebHost.UseUrls($"{urls};http://*:{port}");
        }

        return builder;
    }

    /// <summary><c>GET /metrics</c> for loopback callers, the allowed networks, or anyone on <c>Metrics:Port</c>; 403 otherwise.</summary>
    public static WebApplication MapStudyBotTelemetry(this WebApplication app)
    {
        app.Services.GetRequiredService<HostMetrics>();
        var options = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        var networks = options.Networks();
        app.Use((context, next) =>
        {
            if (!context.Request.Path.Equals(options.Path, StringComparison.OrdinalIgnoreCase) || MayScrape(context, options, networks))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        });
        var endpoint = app.MapPrometheusScrapingEndpoint(options.Path);
        if (options.Port is { } port)
        {
            endpoint.RequireHost($"*:{port}");
        }

        return app;
    }

    private static bool MayScrape(HttpContext context, MetricsOptions options, IReadOnlyList<IPNetwork> networks)
    {
        if (options.Port is { } port)
        {
            return context.Connection.LocalPort == port;
        }

        // No remote address: a Unix socket or an in-process test server, both on this machine.
        var remote = context.Connection.RemoteIpAddress;
        if (remote is null || IPAddress.IsLoopback(remote))
        {
            return true;
        }

        var address = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        return networks.Any(n => n.Contains(address));
    }
}
