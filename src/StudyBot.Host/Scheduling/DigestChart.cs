using ScottPlot;

namespace StudyBot.Host.Scheduling;

/// <summary>The digest's PNG: the team's accuracy per exam domain, one bar per domain, 0 to 100 %.</summary>
public sealed class DigestChart : IDigestChart
{
    public const int Width = 640;
    public const int Height = 360;

    public byte[] Render(ExamStatView exam)
    {
        var plot = new Plot();
        var positions = exam.Domains.Select((_, i) => (double)i).ToArray();
        var bars = plot.Add.Bars(positions, exam.Domains.Select(d => Math.Round(d.Accuracy * 100, 1)).ToArray());
        foreach (var (bar, domain) in bars.Bars.Zip(exam.Domains))
        {
            bar.Label = domain.Answered == 0 ? "–" : $"{domain.Accuracy:P0}";
            bar.FillColor = domain == exam.Weakest ? Colors.OrangeRed : Colors.SteelBlue;
        }

        bars.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks(positions, exam.Domains.Select(d => $"D{d.Domain}").ToArray());
        plot.Axes.SetLimitsY(0, 105);
        plot.Axes.Margins(bottom: 0);
        plot.Title($"{exam.Exam}: team accuracy per domain this week");
        plot.YLabel("% correct");
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
