using System.Text.Json.Nodes;

namespace IacLint.Tests.Browser;

/// <summary>
/// The HTML audit report opened in headless Chromium, as a reader and a printer see it: no console errors, every
/// section present, the filters change the visible findings, nothing wider than a 1280 px window, and in print
/// media the tables fit the page and rows are not split. Screenshots and a PDF are left in
/// <c>browser-artifacts/</c> beside the test assembly.
/// </summary>
public class HtmlReportBrowserTests
{
    private const int ScreenWidth = 1280;
    // A4 at 96 px per inch, less the print stylesheet's 14 mm margins.
    private const int PrintWidth = 688;

    public static string ArtifactFolder { get; } = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");

    [ChromiumFact]
    public async Task Platform_report_with_a_baseline_renders_and_filters_in_chromium()
    {
        using var temp = new TempFolder();
        var baseline = Path.Combine(temp.Path, "baseline.sarif");
        Tool.Run("baseline", "testdata/repos/platform", "-o", baseline, "--exclude", "modules/web/**").ExitCode.ShouldBe(0);
        var html = Path.Combine(temp.Path, "platform.html");
        var run = Tool.Run("testdata/repos/platform", "--baseline", baseline, "-f", "html", "-o", html, "--fail-on", "none");
        run.ExitCode.ShouldBe(0, run.Stderr);
        await CheckInBrowser(html, "platform", ["scope", "summary", "environments", "findings", "baseline"]);
    }

    [ChromiumFact]
    public async Task Online_boutique_report_renders_and_filters_in_chromium()
    {
        using var temp = new TempFolder();
        var html = Path.Combine(temp.Path, "online-boutique.html");
        var run = Tool.Run("testdata/k8s/microservices-demo", "-f", "html", "-o", html, "--fail-on", "none");
        run.ExitCode.ShouldBe(0, run.Stderr);
        await CheckInBrowser(html, "online-boutique", ["scope", "summary", "environments", "findings"]);
    }

    private static async Task CheckInBrowser(string htmlPath, string name, string[] sections)
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await browser.ViewportAsync(ScreenWidth, 900);
        await browser.NavigateAsync(new Uri(htmlPath).AbsoluteUri);

        var layout = (await browser.EvaluateAsync(LayoutScript))!;
        foreach (var section in sections) Strings(layout["sections"]).ShouldContain(section);
        layout["scrollWidth"]!.GetValue<int>().ShouldBeLessThanOrEqualTo(ScreenWidth, "the page scrolls sideways at 1280 px");
        Strings(layout["overflowing"]).ShouldBeEmpty("elements reach past the right edge at 1280 px");

        var filters = (await browser.EvaluateAsync(FilterScript))!.AsObject();
        var total = filters["total"]!.GetValue<int>();
        total.ShouldBeGreaterThan(0);
        var narrowed = false;
        foreach (var (filter, outcome) in filters["filters"]!.AsObject())
        {
            var visible = outcome!["visible"]!.GetValue<int>();
            visible.ShouldBe(outcome["expected"]!.GetValue<int>(), $"filter {filter}={outcome["value"]} shows the wrong findings");
            outcome["counter"]!.GetValue<string>().ShouldBe(visible.ToString(System.Globalization.CultureInfo.InvariantCulture));
            narrowed |= visible < total;
        }
        narrowed.ShouldBeTrue("no filter changed the visible findings");
        filters["searchNothing"]!.GetValue<int>().ShouldBe(0);
        filters["searchPath"]!.GetValue<int>().ShouldBeInRange(1, total);
        filters["afterReset"]!.GetValue<int>().ShouldBe(total);

        Directory.CreateDirectory(ArtifactFolder);
        await File.WriteAllBytesAsync(Path.Combine(ArtifactFolder, name + ".png"), await browser.ScreenshotAsync(ScreenWidth, 16_000));

        await browser.ViewportAsync(PrintWidth, 1000, "print");
        var print = (await browser.EvaluateAsync(PrintScript))!;
        Strings(print["cutTables"]).ShouldBeEmpty("tables wider than the printed page");
        Strings(print["overflowing"]).ShouldBeEmpty("elements past the printed page's right edge");
        print["rowsThatMaySplit"]!.GetValue<int>().ShouldBe(0);
        print["hiddenFindings"]!.GetValue<int>().ShouldBe(0);
        print["filtersShown"]!.GetValue<bool>().ShouldBeFalse();
        await File.WriteAllBytesAsync(Path.Combine(ArtifactFolder, name + ".pdf"), await browser.PrintToPdfAsync());
        await File.WriteAllBytesAsync(Path.Combine(ArtifactFolder, name + "-print.png"), await browser.ScreenshotAsync(PrintWidth, 16_000));

        browser.Errors.ShouldBeEmpty("the page logged errors");
    }

    private static List<string> Strings(JsonNode? node) => node!.AsArray().Select(n => n!.GetValue<string>()).ToList();

    private const string OverflowFunction = """
        function overflowing(width) {
          var found = [];
          document.querySelectorAll('body *').forEach(function (el) {
            var r = el.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) return;
            if (r.right > width + 1 || r.left < -1) found.push(el.tagName.toLowerCase() + '.' + el.className + ' right=' + Math.round(r.right));
          });
          return found.slice(0, 20);
        }
        """;

    private const string LayoutScript = "(() => {" + OverflowFunction + """
          return {
            sections: Array.prototype.map.call(document.querySelectorAll('main > section[id]'), function (s) { return s.id; }),
            scrollWidth: document.documentElement.scrollWidth,
            overflowing: overflowing(window.innerWidth)
          };
        })()
        """;

    private const string FilterScript = """
        (() => {
          var form = document.getElementById('filters');
          var items = Array.prototype.slice.call(document.querySelectorAll('#finding-list .finding'));
          function visible() { return items.filter(function (e) { return !e.hidden && e.offsetParent !== null; }).length; }
          function set(name, value, type) { form.elements[name].value = value; form.elements[name].dispatchEvent(new Event(type || 'change', { bubbles: true })); }
          var total = visible();
          var filters = {};
          ['level', 'area', 'env', 'family', 'rule'].forEach(function (name) {
            var options = form.elements[name].options;
            var value = options[options.length - 1].value;
            set(name, value);
            filters[name] = {
              value: value,
              visible: visible(),
              expected: items.filter(function (e) { return e.dataset[name] === value; }).length,
              counter: document.getElementById('shown').textContent
            };
            set(name, '');
          });
          set('q', 'zz-no-such-text-zz', 'input');
          var searchNothing = visible();
          var firstPath = items[0].querySelector('.where code').textContent.split(':')[0];
          set('q', firstPath, 'input');
          var searchPath = visible();
          set('q', '', 'input');
          return { total: total, filters: filters, searchNothing: searchNothing, searchPath: searchPath, afterReset: visible() };
        })()
        """;

    private const string PrintScript = "(() => {" + OverflowFunction + """
          var width = window.innerWidth;
          var cut = [];
          document.querySelectorAll('table').forEach(function (t, i) {
            var r = t.getBoundingClientRect();
            if (t.scrollWidth > t.clientWidth + 1 || r.right > width + 1) cut.push('table ' + i + ' (' + t.className + ') width=' + Math.round(r.width));
          });
          var rows = Array.prototype.filter.call(document.querySelectorAll('tr, .finding'), function (e) {
            return getComputedStyle(e).breakInside !== 'avoid';
          }).length;
          var hidden = Array.prototype.filter.call(document.querySelectorAll('.finding'), function (e) { return e.offsetParent === null; }).length;
          return {
            cutTables: cut,
            overflowing: overflowing(width),
            rowsThatMaySplit: rows,
            hiddenFindings: hidden,
            filtersShown: document.getElementById('filters').offsetParent !== null
          };
        })()
        """;
}
