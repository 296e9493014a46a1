namespace StudyBot.Engine.Digest;

/// <summary>A chart of one bar per exam domain on 0-100 %, drawn by the host's <see cref="IDigestChart"/>; optionally a level line (a pass share).</summary>
public sealed record DomainChart(string Title, string YLabel, IReadOnlyList<DomainBar> Bars, double? LinePercent = null);

/// <summary>One bar: its axis label, its value (null when there is none: shown as a dash) and whether it stands out.</summary>
public sealed record DomainBar(string Label, double? Percent, bool Highlight);
