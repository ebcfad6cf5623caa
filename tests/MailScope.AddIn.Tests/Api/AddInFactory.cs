using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MailScope.AddIn.Tests.Api;

/// <summary>The add-in host in memory, on the sample scope book, with an API key and a store of its own.</summary>
public sealed class AddInFactory : WebApplicationFactory<Program>
{
    public const string Key = "test-key-3f9c";
    private readonly string _data = Path.Combine(Path.GetTempPath(), "mailscope-addin-" + Guid.NewGuid().ToString("N")[..10]);

    /// <summary>The store's folder, shared with a worker in tests that need both.</summary>
    public string DataFolder => _data;

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["MailScope:AddIn:ApiKey"] = Key,
        ["MailScope:AddIn:OfficeJs"] = "None",
        ["MailScope:Today"] = "2026-11-27",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Settings["MailScope:ScopeBook"] = Path.Combine(RepoPaths.Root, "samples", "scope-book.yaml");
        Settings["MailScope:DataFolder"] = _data;
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient Authorized()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
