using IacLint.Syntax;
using IacLint.Syntax.Hcl;
using IacLint.Terraform.Evaluation;
using IacLint.Terraform.Functions;
using IacLint.Terraform.Values;

namespace IacLint.Tests.Terraform;

public class EvaluatorTests
{
    private sealed class Names : IReferenceResolver
    {
        public TfValue? Resolve(string rootName) => rootName switch
        {
            "var" => TfObject.From([
                KeyValuePair.Create<string, TfValue>("name", new TfString("shop")),
                KeyValuePair.Create<string, TfValue>("zones", new TfList([new TfString("a"), new TfString("b")])),
                KeyValuePair.Create<string, TfValue>("later", new TfUnknown("known after apply", "aws_vpc.main")),
            ]),
            _ => null,
        };
    }

    internal static TfValue Eval(string expression)
    {
        var (parsed, diagnostics) = HclParser.ParseExpression(new SourceText("expr", expression));
        diagnostics.ShouldBeEmpty();
        var evaluator = new Evaluator(new FunctionRegistry(Path.GetTempPath(), Path.GetTempPath()));
        return evaluator.EvaluateOrUnknown(parsed, EvalScope.Root(new Names()));
    }

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3 == 9 && !false", "true")]
    [InlineData("\"${var.name}-%{ for z in var.zones }${z}%{ endfor }\"", "shop-ab")]
    [InlineData("upper(join(\",\", [for z in var.zones : \"${z}1\" if z != \"b\"]))", "A1")]
    [InlineData("length({ for i, z in var.zones : z => i })", "2")]
    [InlineData("([{ n = 1 }, { n = 2 }][*].n)[1]", "2")]
    [InlineData("cidrsubnet(\"10.0.0.0/16\", 8, 3)", "10.0.3.0/24")]
    [InlineData("cidrhost(\"10.0.0.0/24\", -2)", "10.0.0.254")]
    [InlineData("jsonencode({ b = [1, true, null], a = \"x\" })", "{\"a\":\"x\",\"b\":[1,true,null]}")]
    [InlineData("jsondecode(\"{\\\"k\\\": [1, 2]}\").k[1]", "2")]
    [InlineData("yamldecode(\"a:\\n  - b: 1\\n\").a[0].b", "1")]
    [InlineData("try(var.missing, \"fallback\")", "fallback")]
    [InlineData("can(tonumber(\"x\"))", "false")]
    [InlineData("format(\"%s-%03d\", \"web\", 7)", "web-007")]
    [InlineData("lookup({ a = 1 }, \"b\", 5)", "5")]
    [InlineData("merge({ a = 1 }, { a = 2, b = 3 }).a", "2")]
    [InlineData("flatten([[1], [2, [3]]])[2]", "3")]
    [InlineData("element(var.zones, 3)", "b")]
    [InlineData("replace(\"a-b-c\", \"/-/\", \"_\")", "a_b_c")]
    [InlineData("coalesce(\"\", null, \"z\")", "z")]
    [InlineData("sha256(\"abc\")", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void Evaluates_like_terraform(string expression, string expected)
    {
        var value = Eval(expression);
        var text = value is TfString or TfNumber or TfBool ? value.ToString() : value.ToString();
        text.ShouldBe(expected);
    }

    [Theory]
    [InlineData("var.later")]
    [InlineData("\"prefix-${var.later}\"")]
    [InlineData("var.later == \"x\" ? 1 : 2")]
    [InlineData("upper(var.later)")]
    [InlineData("[for x in var.later : x]")]
    [InlineData("timestamp()")]
    public void Unknown_propagates_and_is_never_guessed(string expression) => Eval(expression).ShouldBeOfType<TfUnknown>();

    [Fact]
    public void Unknown_keeps_the_resource_it_refers_to() =>
        Eval("var.later").ShouldBeOfType<TfUnknown>().RefersTo.ShouldBe("aws_vpc.main");

    [Fact]
    public void Errors_become_unknown_with_the_reason()
    {
        var value = Eval("element([], 0)").ShouldBeOfType<TfUnknown>();
        value.Reason.ShouldContain("empty list");
    }

    /// <summary>Real configurations fail evaluation all the time inside <c>try</c>/<c>can</c> (an empty list
    /// indexed, a missing attribute, a template file kept elsewhere); those failures are values, never exceptions.</summary>
    [Theory]
    [InlineData("try(var.zones[5], \"none\")", "none")]
    [InlineData("try(var.name.missing, \"none\")", "none")]
    [InlineData("can({ a = 1 }.b)", "false")]
    [InlineData("try({ a = 1 }[\"b\"], 1 / 0, \"a\" + 1, !\"x\", -\"x\", \"none\")", "none")]
    [InlineData("try(coalesce(\"\", null), \"none\")", "none")]
    [InlineData("try(file(\"missing-template.tpl\"), \"none\")", "none")]
    [InlineData("can(jsondecode(var.zones))", "false")]
    [InlineData("try([for z in var.zones : z if z], [var.zones[9]], \"${null}\", \"none\")", "none")]
    [InlineData("[for z in var.zones : z if z]", "(known after apply)")]
    public void Evaluation_failures_are_values_not_exceptions(string expression, string expected)
    {
        var thread = Environment.CurrentManagedThreadId;
        var thrown = new List<string>();
        EventHandler<System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs> record = (_, e) =>
        {
            if (Environment.CurrentManagedThreadId == thread) thrown.Add(e.Exception.Message);
        };
        AppDomain.CurrentDomain.FirstChanceException += record;
        try
        {
            Eval(expression).ToString().ShouldBe(expected);
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= record;
        }
        thrown.ShouldBeEmpty();
    }

    [Fact]
    public void File_functions_never_read_outside_the_scan_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "iaclint-root-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "policy.json"), "{\"ok\":true}");
        var evaluator = new Evaluator(new FunctionRegistry(root, root));
        Value("jsondecode(file(\"policy.json\")).ok").ShouldBe(TfValue.True);
        Value("file(\"/etc/passwd\")").ShouldBeOfType<TfUnknown>().Reason.ShouldContain("outside the scanned folder");
        Value("file(\"../outside.txt\")").ShouldBeOfType<TfUnknown>();

        TfValue Value(string expression) =>
            evaluator.EvaluateOrUnknown(HclParser.ParseExpression(new SourceText("e", expression)).Expression, EvalScope.Root(new Names()));
    }
}
