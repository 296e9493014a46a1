global using StudyBot.Engine.Answers;
global using StudyBot.Engine.Boards;
global using StudyBot.Engine.Commands;
global using StudyBot.Engine.Daily;
global using StudyBot.Engine.Presentation;
global using StudyBot.Engine.Questions;
global using StudyBot.Engine.Setup;
