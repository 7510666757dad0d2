using System;
using OpenTelemetry.Exporter;

namespace SocialCrm.Integration.Telemetry;

/// <summary>Where the worker's metrics and traces go; with neither set they are counted and exported nowhere.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>An OpenTelemetry collector's base address (http://collector:4318 for OTLP over HTTP, :4317 for gRPC):
    /// metrics and traces are sent there, each to its signal's path.</summary>
    public Uri? OtlpEndpoint { get; set; }

    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.HttpProtobuf;

    /// <summary>Serves the metrics for Prometheus to scrape at <c>/metrics</c> on the webhook port.</summary>
    public bool PrometheusEndpoint { get; set; }
}
