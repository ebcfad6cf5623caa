namespace MailScope.Tooling;

/// <summary>Finds files of the repository from a build output folder (linked into tests, tools and benchmarks).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MailScope.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MailScope.sln not found above " + AppContext.BaseDirectory);
    }
}
