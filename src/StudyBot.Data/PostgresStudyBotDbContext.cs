using Microsoft.EntityFrameworkCore;

namespace StudyBot.Data;

public sealed class PostgresStudyBotDbContext(DbContextOptions<PostgresStudyBotDbContext> options) : StudyBotDbContext(options);
