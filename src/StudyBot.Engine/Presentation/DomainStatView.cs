namespace StudyBot.Engine.Presentation;

public sealed record DomainStatView(int Domain, string Name, int WeightPercent, int Answered, int Correct, double Accuracy);
