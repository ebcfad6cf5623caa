namespace MailScope.Tooling;

/// <summary>
/// The worker as its own project built it (same configuration as the caller), so it starts with its own
/// runtimeconfig and dependencies, whatever the calling test or benchmark project copied beside itself.
/// </summary>
internal static class WorkerBinary
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var path = RepoPaths.Of("Worker", "bin", here.Parent!.Name, here.Name, "MailScope.Worker.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The worker is not built: {path} (dotnet build MailScope.sln)", path);
    }
}
