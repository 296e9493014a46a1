global using StudyBot.Engine.Boards;
global using StudyBot.Engine.Commands;
global using StudyBot.Engine.Daily;
global using StudyBot.Engine.Model;
global using StudyBot.Engine.Presentation;
global using StudyBot.Engine.Questions;
global using StudyBot.Engine.Setup;
global using StudyBot.Tests.Shared.Fakes;
