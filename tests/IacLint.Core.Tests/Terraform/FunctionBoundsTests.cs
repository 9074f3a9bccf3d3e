using IacLint.Terraform.Functions;
using IacLint.Terraform.Values;

namespace IacLint.Tests.Terraform;

/// <summary>Every crash, hang and blow-up class the fuzzer found: bad arguments are errors (an unknown value with the
/// reason), sizes that input controls are bounded.</summary>
public class FunctionBoundsTests
{
    private static TfValue Eval(string expression) => EvaluatorTests.Eval(expression);

    [Theory]
    [InlineData("regex(\"(\", \"x\")", "invalid regular expression")]
    [InlineData("regexall(\"[\", \"x\")", "invalid regular expression")]
    [InlineData("replace(\"x\", \"/(/\", \"y\")", "invalid regular expression")]
    [InlineData("min()", "wrong number of arguments")]
    [InlineData("max()", "wrong number of arguments")]
    [InlineData("indent(-1, \"a\\nb\")", "indent() needs a number of spaces")]
    [InlineData("formatlist(\"%s-%s\", [\"a\", \"b\"], [\"c\"])", "same length")]
    [InlineData("jsondecode(\"\\\"\\\\ud800\\\"\")", "jsondecode()")]
    [InlineData("jsonencode(1e400)", "outside the range")]
    [InlineData("jsonencode(1e308 * 10)", "outside the range")]
    [InlineData("yamlencode(log(1, 1))", "log()")]
    [InlineData("format(\"%999999999d\", 1)", "format width")]
    [InlineData("format(\"%.999999999f\", 1)", "format precision")]
    [InlineData("setproduct(range(1000), range(1000), range(100))", "setproduct() would produce more than")]
    [InlineData("setproduct([for i in range(1000) : i], [for i in range(1000) : i])", "setproduct() would produce more than")]
    [InlineData("file(\"a\\u0000b\")", "file")]
    public void Bad_arguments_and_bounds_are_errors_not_crashes(string expression, string reason)
    {
        var value = Eval(expression);
        var unknown = value.ShouldBeOfType<TfUnknown>();
        unknown.Reason.ShouldContain(reason);
    }

    [Fact]
    public void A_catastrophic_pattern_finishes_quickly()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var value = Eval("regexall(\"(a+)+$\", \"" + new string('a', 5000) + "!\")");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
        value.ShouldBeOfType<TfList>();
    }

    [Fact]
    public void A_chain_of_doubling_locals_stops_at_the_bound_with_a_note_where_it_is_used()
    {
        using var folder = new TempFolder();
        var locals = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"  l{i} = \"${{local.l{i - 1}}}${{local.l{i - 1}}}\""));
        folder.Write("main.tf", $$"""
            locals {
              l0 = "{{new string('x', 64)}}"
            {{locals}}
            }

            resource "aws_ebs_volume" "v" {
              availability_zone = "eu-west-1a"
              encrypted         = local.l20 == "" ? true : false
            }
            """);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = IacLint.Engine.Scanner.Scan(new IacLint.Engine.ScanOptions { Root = folder.Path });
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        result.Findings.ShouldContain(f => f.Rule.Id == "IAC1005" && f.Message.Contains("more than 4,194,304 characters", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("replace(\"abc\", \"\", \"-\")", "-a-b-c-")]
    [InlineData("zipmap([\"a\", \"a\"], [1, 2]).a", "2")]
    [InlineData("format(\"%5d|%-3s|\", 42, \"x\")", "   42|x  |")]
    public void Edge_cases_answer_like_terraform(string expression, string expected) => Eval(expression).ToString().ShouldBe(expected);
}
