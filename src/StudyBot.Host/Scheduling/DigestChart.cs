using ScottPlot;

namespace StudyBot.Host.Scheduling;

/// <summary>The digest's and the mock report's PNG: one bar per exam domain, 0 to 100 %.</summary>
public sealed class DigestChart : IDigestChart
{
    public const int Width = 640;
    public const int Height = 360;

    public byte[] Render(ExamStatView exam) => Render(new DomainChart(
        $"{exam.Exam}: team accuracy per domain this week",
        "% correct",
        exam.Domains.Select(d => new DomainBar($"D{d.Domain}", d.Answered == 0 ? null : d.Accuracy * 100, d == exam.Weakest)).ToList()));

    public byte[] Render(DomainChart chart)
    {
        var plot = new Plot();
        var positions = chart.Bars.Select((_, i) => (double)i).ToArray();
        var bars = plot.Add.Bars(positions, chart.Bars.Select(b => Math.Round(b.Percent ?? 0, 1)).ToArray());
        foreach (var (bar, domain) in bars.Bars.Zip(chart.Bars))
        {
            bar.Label = domain.Percent is { } percent ? $"{percent / 100:P0}" : "–";
            bar.FillColor = domain.Highlight ? Colors.OrangeRed : Colors.SteelBlue;
        }

        bars.ValueLabelStyle.FontSize = 14;
        if (chart.LinePercent is { } line)
        {
            var level = plot.Add.HorizontalLine(line);
            level.LinePattern = LinePattern.Dashed;
            level.Color = Colors.DarkGreen;
        }

        plot.Axes.Bottom.SetTicks(positions, chart.Bars.Select(b => b.Label).ToArray());
        plot.Axes.SetLimitsY(0, 105);
        plot.Axes.Margins(bottom: 0);
        plot.Title(chart.Title);
        plot.YLabel(chart.YLabel);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
