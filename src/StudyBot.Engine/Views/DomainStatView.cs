namespace StudyBot.Engine.Views;

public sealed record DomainStatView(int Domain, string Name, int WeightPercent, int Answered, int Correct, double Accuracy);
