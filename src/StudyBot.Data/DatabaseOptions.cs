using System.ComponentModel.DataAnnotations;

namespace StudyBot.Data;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>; read once into <see cref="Providers.DatabaseSettings"/>.</summary>
    [Required(ErrorMessage = "Database:Provider must be Sqlite or Postgres.")]
    [RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Database:Provider must be Sqlite or Postgres.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Folder of the default SQLite file, relative to the content root unless absolute (checked by <see cref="Providers.DatabaseSettings.DataDirectoryProblem"/>).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply pending migrations when the host starts.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
