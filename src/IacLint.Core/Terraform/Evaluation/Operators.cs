using IacLint.Terraform.Values;

namespace IacLint.Terraform.Evaluation;

/// <summary>HCL's arithmetic, comparison, equality and logical operators over <see cref="TfValue"/>s.</summary>
public static class Operators
{
    public static TfValue Binary(string op, TfValue left, TfValue right)
    {
        switch (op)
        {
            case "&&":
            {
                if (left is TfBool { Value: false } || right is TfBool { Value: false }) return TfValue.False;
                if (left is TfUnknown ul) return ul;
                if (right is TfUnknown ur) return ur;
                return TfValue.Bool(Bool(left) && Bool(right));
            }
            case "||":
            {
                if (left is TfBool { Value: true } || right is TfBool { Value: true }) return TfValue.True;
                if (left is TfUnknown ul) return ul;
                if (right is TfUnknown ur) return ur;
                return TfValue.Bool(Bool(left) || Bool(right));
            }
        }
        if (left is TfUnknown unknownLeft) return unknownLeft;
        if (right is TfUnknown unknownRight) return unknownRight;
        switch (op)
        {
            case "==": return TfValue.Bool(ValueEquals(left, right));
            case "!=": return TfValue.Bool(!ValueEquals(left, right));
        }
        var a = Number(left);
        var b = Number(right);
        return op switch
        {
            "+" => new TfNumber(a + b),
            "-" => new TfNumber(a - b),
            "*" => new TfNumber(a * b),
            "/" => b == 0 ? throw new TfEvaluationException("division by zero") : new TfNumber(a / b),
            "%" => b == 0 ? throw new TfEvaluationException("modulo by zero") : new TfNumber(a % b),
            "<" => TfValue.Bool(a < b),
            ">" => TfValue.Bool(a > b),
            "<=" => TfValue.Bool(a <= b),
            ">=" => TfValue.Bool(a >= b),
            _ => throw new TfEvaluationException($"unknown operator {op}"),
        };
    }

    public static TfValue Unary(string op, TfValue operand)
    {
        if (operand is TfUnknown unknown) return unknown;
        return op == "!" ? TfValue.Bool(!Bool(operand)) : new TfNumber(-Number(operand));
    }

    /// <summary>Terraform equality: same type and value; a number and its string form are not equal.</summary>
    public static bool ValueEquals(TfValue left, TfValue right) => (left, right) switch
    {
        (TfNull, TfNull) => true,
        (TfString a, TfString b) => a.Value == b.Value,
        (TfNumber a, TfNumber b) => a.Value == b.Value,
        (TfBool a, TfBool b) => a.Value == b.Value,
        (TfList a, TfList b) => a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p => ValueEquals(p.First, p.Second)),
        (TfObject a, TfObject b) => a.Attributes.Count == b.Attributes.Count &&
                                    a.Attributes.All(p => b.Attributes.TryGetValue(p.Key, out var v) && ValueEquals(p.Value, v)),
        _ => false,
    };

    private static double Number(TfValue value) =>
        TfConvert.TryNumber(value, out var number) ? number : throw new TfEvaluationException($"a number is required, not {value.TypeName}");

    private static bool Bool(TfValue value) =>
        TfConvert.TryBool(value, out var result) ? result : throw new TfEvaluationException($"a bool is required, not {value.TypeName}");
}
