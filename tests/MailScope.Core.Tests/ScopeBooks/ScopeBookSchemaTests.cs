using System.Text.Json;
using Json.Schema;
using YamlDotNet.Serialization;

namespace MailScope.Core.Tests.ScopeBooks;

/// <summary>docs/scope-book.schema.json accepts every shipped book and refuses broken ones, as editors will use it.</summary>
public class ScopeBookSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(RepoPaths.Of("docs", "scope-book.schema.json"));

    public static TheoryData<string> Books()
    {
        var data = new TheoryData<string> { "samples/scope-book.yaml", "tests/MailScope.Core.Tests/ScopeBooks/books/contract-example.yaml", "tests/MailScope.Core.Tests/ScopeBooks/books/engagements-example.yaml" };
        foreach (var root in new[] { "tests/corpus", "tests/corpus-heldout" })
        {
            foreach (var book in Directory.GetFiles(RepoPaths.Of(root), "scope.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepoPaths.Root, book));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void Every_shipped_book_is_valid(string path)
    {
        var result = Schema.Evaluate(ToJson(File.ReadAllText(RepoPaths.Of(path))), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
    }

    [Theory]
    [InlineData("provider: { name: P, email: p@p.example, currency: usd }\npackages: [{ id: a, name: A, price: 1, deliverables: [{ id: d, name: D }] }]")]
    [InlineData("provider: { name: P, email: p@p.example, currency: USD }\npackages: [{ id: a, name: A, price: -1, deliverables: [{ id: d, name: D }] }]")]
    [InlineData("provider: { name: P, email: p@p.example, currency: USD }\npackages: [{ id: a, name: A, price: 1, deliverables: [{ id: d, name: D }] }]\nclients: [{ id: c, package: a }]")]
    [InlineData("provider: { name: P, email: p@p.example, currency: USD }\npackages: []")]
    public void Broken_books_are_refused(string yaml) =>
        Assert.False(Schema.Evaluate(ToJson(yaml)).IsValid);

    private static JsonElement ToJson(string yaml)
    {
        // YAML → plain objects → JSON, keeping numbers as numbers.
        var value = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize<object?>(yaml);
        return JsonDocument.Parse(JsonSerializer.Serialize(value)).RootElement.Clone();
    }
}
