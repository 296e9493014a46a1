using System.Data.Common;
using StudyBot.Data.Configurations;
using StudyBot.Data.Providers;

namespace StudyBot.Data.Stores;

/// <summary>
/// Rows of the hand-written reads into domain records, exactly as EF materializes them (the contract tests compare the
/// two): columns in the order of the lists below, instants as the dialect stores them, typed collections by <see cref="ColumnFormats"/>.
/// </summary>
public sealed class RowMapper
{
    public const string RoundColumns =
        "\"Id\", \"Kind\", \"ChannelId\", \"CommunityId\", \"QuizId\", \"Sequence\", \"QuestionId\", \"ChoiceOrder\", \"LocalDate\", \"OpensAt\", \"ClosesAt\", \"ClosedAt\", \"MessageRef\", \"RevealedAt\", \"QuestionVersion\"";

    public const string ChannelColumns =
        "\"Id\", \"CommunityId\", \"Platform\", \"ExternalId\", \"Name\", \"Active\", \"DailyEnabled\", \"Paused\", \"PostMinuteOfDay\", \"TimeZone\", " +
        "\"Days\", \"Exam\", \"RevealAfterMinutes\", \"IncludeQuizOnBoard\", \"ConversationReference\", \"ScheduleVersion\", \"CreatedAt\"";

    /// <summary>A member's columns after the platform and external id the lookup was made by.</summary>
    public const string MemberColumns = "\"Id\", \"DisplayName\", \"HiddenFromBoards\", \"CreatedAt\"";

    private readonly ISqlDialect _dialect;

    public RowMapper(ISqlDialect dialect)
    {
        _dialect = dialect;
        ReadRound = ReadRoundRow;
        ReadChannel = ReadChannelRow;
        ReadBoardTotals = ReadBoardTotalsRow;
    }

    /// <summary>A row of <see cref="RoundColumns"/>; one delegate, so the hot reads allocate none per call.</summary>
    public Func<DbDataReader, Round> ReadRound { get; }

    /// <summary>A row of <see cref="ChannelColumns"/>.</summary>
    public Func<DbDataReader, Channel> ReadChannel { get; }

    /// <summary>A row of member id, points, answered, correct, reached at, display name, hidden (see <see cref="BoardQueries"/>).</summary>
    public Func<DbDataReader, Engine.Boards.BoardTotals> ReadBoardTotals { get; }

    /// <summary>A row of <see cref="MemberColumns"/>, for the member looked up by platform and external id.</summary>
    public Member ReadMember(DbDataReader reader, Platform platform, string externalId) => new()
    {
        Id = reader.GetInt64(0),
        Platform = platform,
        ExternalId = externalId,
        DisplayName = reader.GetString(1),
        HiddenFromBoards = reader.GetBoolean(2),
        CreatedAt = _dialect.ReadInstant(reader, 3),
    };

    private Round ReadRoundRow(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Kind = (RoundKind)reader.GetInt32(1),
        ChannelId = reader.IsDBNull(2) ? null : reader.GetInt64(2),
        CommunityId = reader.IsDBNull(3) ? null : reader.GetInt64(3),
        QuizId = reader.IsDBNull(4) ? null : reader.GetInt64(4),
        Sequence = reader.IsDBNull(5) ? null : reader.GetInt32(5),
        QuestionId = reader.GetString(6),
        ChoiceOrder = reader.GetString(7),
        LocalDate = reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8),
        OpensAt = _dialect.ReadInstant(reader, 9),
        ClosesAt = _dialect.ReadInstant(reader, 10),
        ClosedAt = reader.IsDBNull(11) ? null : _dialect.ReadInstant(reader, 11),
        MessageRef = reader.IsDBNull(12) ? null : reader.GetString(12),
        RevealedAt = reader.IsDBNull(13) ? null : _dialect.ReadInstant(reader, 13),
        QuestionVersion = reader.IsDBNull(14) ? null : reader.GetString(14),
    };

    private Channel ReadChannelRow(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        CommunityId = reader.GetInt64(1),
        Platform = (Platform)reader.GetInt32(2),
        ExternalId = reader.GetString(3),
        Name = reader.GetString(4),
        Active = reader.GetBoolean(5),
        DailyEnabled = reader.GetBoolean(6),
        Paused = reader.GetBoolean(7),
        PostMinuteOfDay = reader.GetInt32(8),
        TimeZone = reader.GetString(9),
        Days = ColumnFormats.ParseDays(reader.GetString(10)),
        Exam = reader.IsDBNull(11) ? null : reader.GetString(11),
        RevealAfterMinutes = reader.GetInt32(12),
        IncludeQuizOnBoard = reader.GetBoolean(13),
        ConversationReference = reader.IsDBNull(14) ? null : reader.GetString(14),
        ScheduleVersion = reader.GetInt32(15),
        CreatedAt = _dialect.ReadInstant(reader, 16),
    };

    private Engine.Boards.BoardTotals ReadBoardTotalsRow(DbDataReader reader) => new(
        reader.GetInt64(0),
        checked((int)reader.GetInt64(1)),
        checked((int)reader.GetInt64(2)),
        checked((int)reader.GetInt64(3)),
        reader.IsDBNull(4) ? null : _dialect.ReadInstant(reader, 4),
        reader.GetString(5),
        reader.GetBoolean(6));
}
