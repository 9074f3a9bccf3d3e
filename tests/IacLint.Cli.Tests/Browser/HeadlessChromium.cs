using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace IacLint.Tests.Browser;

/// <summary>A [Fact] that is skipped, saying why, only when no Chromium is installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Executable is null)
        {
            Skip = "No Chromium found (looked for $IACLINT_CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome): " +
                   "install Debian's chromium package (build/test.sh does) to run the browser test.";
        }
    }
}

/// <summary>
/// Headless Chromium driven over the DevTools protocol with the framework's own WebSocket client: one page, its
/// console errors and uncaught exceptions collected, JavaScript evaluated, screen and print media, screenshots and
/// PDFs. No browser download and no package: the test uses the distribution's Chromium.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _receiver;
    private TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;
    private string? _session;

    public static string? Executable { get; } = Find();

    /// <summary>Console errors, uncaught exceptions and browser log errors (a blocked resource, a CSP violation).</summary>
    public IReadOnlyCollection<string> Errors => _errors;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    private static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("IACLINT_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
    }

    public static async Task<HeadlessChromium> StartAsync()
    {
        var profile = Path.Combine(Path.GetTempPath(), "iaclint-chromium-" + Guid.NewGuid().ToString("N")[..12]);
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("no Chromium"))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                     "--hide-scrollbars", "--mute-audio", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank",
                 })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        var browser = new HeadlessChromium(process, profile);
        _ = process.StandardOutput.ReadToEndAsync();
        // Chromium prints the browser's DevTools endpoint on standard error once it listens.
        var endpoint = await Task.Run(() =>
        {
            while (process.StandardError.ReadLine() is { } line)
            {
                const string Marker = "DevTools listening on ";
                var at = line.IndexOf(Marker, StringComparison.Ordinal);
                if (at >= 0) return line[(at + Marker.Length)..].Trim();
            }
            return null;
        }).WaitAsync(TimeSpan.FromSeconds(60));
        if (endpoint is null) throw new InvalidOperationException("Chromium exited before its DevTools endpoint was ready");
        _ = Task.Run(() => process.StandardError.ReadToEnd());
        await browser.ConnectAsync(new Uri(endpoint));
        return browser;
    }

    private async Task ConnectAsync(Uri endpoint)
    {
        await _socket.ConnectAsync(endpoint, _stop.Token);
        _receiver = Task.Run(ReceiveLoopAsync);
        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, browserLevel: true);
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, browserLevel: true);
        _session = attached["sessionId"]!.GetValue<string>();
        await SendAsync("Page.enable");
        await SendAsync("Runtime.enable");
        await SendAsync("Log.enable");
    }

    /// <summary>Sets the viewport (CSS pixels) and the emulated media type ("screen" or "print").</summary>
    public async Task ViewportAsync(int width, int height, string media = "screen")
    {
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        await SendAsync("Emulation.setEmulatedMedia", new JsonObject { ["media"] = media });
    }

    public async Task NavigateAsync(string url)
    {
        _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var navigation = await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        if (navigation["errorText"] is { } error) throw new InvalidOperationException($"navigation to {url} failed: {error}");
        await _loaded.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Evaluates an expression in the page and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var reply = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (reply["exceptionDetails"] is { } exception) throw new InvalidOperationException($"page script failed: {exception.ToJsonString()}");
        return reply["result"]?["value"]?.DeepClone();
    }

    /// <summary>A PNG of the whole page (its full height, up to <paramref name="maxHeight"/> pixels).</summary>
    public async Task<byte[]> ScreenshotAsync(int width, int maxHeight)
    {
        var metrics = await SendAsync("Page.getLayoutMetrics");
        var height = Math.Min(maxHeight, (int)Math.Ceiling(metrics["cssContentSize"]!["height"]!.GetValue<double>()));
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = width, ["height"] = height, ["scale"] = 1 },
        });
        return Convert.FromBase64String(shot["data"]!.GetValue<string>());
    }

    public async Task<byte[]> PrintToPdfAsync()
    {
        var pdf = await SendAsync("Page.printToPDF", new JsonObject { ["paperWidth"] = 8.27, ["paperHeight"] = 11.69, ["preferCSSPageSize"] = true });
        return Convert.FromBase64String(pdf["data"]!.GetValue<string>());
    }

    private async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null, bool browserLevel = false)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (!browserLevel && _session is not null) message["sessionId"] = _session;
        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);
        var response = await reply.Task.WaitAsync(TimeSpan.FromSeconds(60));
        if (response["error"] is { } error) throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        return response["result"] as JsonObject ?? new JsonObject();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                Dispatch(json);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The browser closed or the test ended.
        }
        foreach (var pending in _pending.Values) pending.TrySetException(new InvalidOperationException("Chromium connection closed"));
    }

    private void Dispatch(JsonObject json)
    {
        if (json["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var reply))
        {
            reply.TrySetResult(json);
            return;
        }
        var parameters = json["params"];
        var method = json["method"]?.GetValue<string>();
        if (method == "Page.loadEventFired")
        {
            _loaded.TrySetResult();
        }
        else if (method == "Runtime.consoleAPICalled" && Text(parameters, "type") is "error" or "assert")
        {
            _errors.Enqueue("console: " + parameters!["args"]?.ToJsonString());
        }
        else if (method == "Runtime.exceptionThrown")
        {
            _errors.Enqueue("exception: " + parameters?["exceptionDetails"]?.ToJsonString());
        }
        else if (method == "Log.entryAdded" && Text(parameters?["entry"], "level") == "error")
        {
            _errors.Enqueue("log: " + Text(parameters!["entry"], "text"));
        }
    }

    private static string? Text(JsonNode? node, string name) => node?[name]?.GetValue<string>();

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open) await SendAsync("Browser.close", browserLevel: true).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or WebSocketException)
        {
            // Killed below.
        }
        await _stop.CancelAsync();
        if (_receiver is not null) await _receiver.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        if (!_process.WaitForExit(5000)) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        _socket.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile; the temp folder is cleaned eventually.
        }
    }
}
