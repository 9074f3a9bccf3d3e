using System.Text;
using IacLint.AppConfig;
using IacLint.Environments;
using IacLint.Syntax;
using Microsoft.Extensions.Configuration;

namespace IacLint.Tests.AppConfig;

/// <summary>Flattening and layering are checked against the real .NET configuration system.</summary>
public class LayeringTests
{
    private static AppSettingsFile File(string path, string json) =>
        AppSettingsLoader.Read(new SourceText(path, json), EnvironmentNames.Default);

    private static Dictionary<string, string?> DotNet(params string[] layers)
    {
        var builder = new ConfigurationBuilder();
        foreach (var layer in layers) builder.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(layer)));
        return builder.Build().AsEnumerable().ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
    }

    public static TheoryData<string, string> Layers() => new()
    {
        { "{\"a\":1,\"b\":{\"c\":true,\"d\":null}}", "{}" },
        { "{\"Logging\":{\"LogLevel\":{\"Default\":\"Information\"}}}", "{\"logging\":{\"loglevel\":{\"default\":\"Debug\"}}}" },
        { "{\"Hosts\":[\"a\",\"b\",\"c\"]}", "{\"Hosts\":[\"x\"]}" },
        { "{\"Arr\":[{\"n\":1},{\"n\":2}]}", "{\"Arr\":[{\"m\":3}]}" },
        { "{\"Empty\":{},\"EmptyArr\":[],\"x\":1.50}", "{\"Empty\":{\"a\":\"b\"}}" },
        { "{\"a:b\":1}", "{\"a\":{\"c\":2}}" },
        { "{\"n\":-0.0e5,\"s\":\"\\u00e9\\n\"}", "{\"n\":false}" },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Effective_configuration_equals_what_dotnet_builds(string baseJson, string environmentJson)
    {
        var expected = DotNet(baseJson, environmentJson)
            .Where(pair => pair.Value is not null)
            .OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .Select(pair => $"{pair.Key.ToLowerInvariant()}={pair.Value}")
            .ToList();
        var group = AppSettingsLoader.Group([File("appsettings.json", baseJson), File("appsettings.Production.json", environmentJson)]).Single();
        var actual = group.Effective(EnvironmentNames.Production).Entries
            .Where(entry => entry.Value is not null)
            .OrderBy(entry => entry.Key, StringComparer.OrdinalIgnoreCase)
            .Select(entry => $"{entry.Key.ToLowerInvariant()}={entry.Value}")
            .ToList();
        actual.ShouldBe(expected);
    }

    [Theory]
    [InlineData("{\"a\":1,\"A\":2}", 1, 8)]
    [InlineData("{\"a\":{\"b\":1},\"a:B\":2}", 1, 14)]
    [InlineData("[1,2]", 1, 1)]
    [InlineData("\"text\"", 1, 1)]
    public void Rejects_what_dotnet_rejects_with_a_position(string json, int line, int column)
    {
        Should.Throw<Exception>(() => DotNet(json));
        var file = File("appsettings.json", json);
        var diagnostic = file.Document.Diagnostics.ShouldHaveSingleItem();
        (diagnostic.Span.StartLine, diagnostic.Span.StartColumn).ShouldBe((line, column));
        file.Entries.ShouldBeEmpty();
    }

    [Fact]
    public void Each_effective_value_keeps_the_file_and_line_it_came_from()
    {
        var group = AppSettingsLoader.Group(
        [
            File("app/appsettings.json", "{\n  \"A\": \"base\",\n  \"B\": \"base\"\n}"),
            File("app/appsettings.Prod.json", "{\n\n  \"b\": \"prod\"\n}"),
        ]).Single();
        group.Environments.ShouldBe(["production"]);
        var effective = group.Effective("production");
        effective.Get("a")!.File.Path.ShouldBe("app/appsettings.json");
        effective.Get("A")!.ValueSpan.StartLine.ShouldBe(2);
        var b = effective.Get("B")!;
        b.Value.ShouldBe("prod");
        b.File.Path.ShouldBe("app/appsettings.Prod.json");
        b.ValueSpan.StartLine.ShouldBe(3);
    }
}
