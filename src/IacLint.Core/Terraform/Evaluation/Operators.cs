using IacLint.Terraform.Values;

namespace IacLint.Terraform.Evaluation;

/// <summary>HCL's arithmetic, comparison, equality and logical operators over <see cref="TfValue"/>s. A wrong operand
/// gives an error value (<see cref="TfUnknown.Error"/>).</summary>
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
                if (!Bool(left, out var l, out var notBool) || !Bool(right, out var r, out notBool)) return notBool;
                return TfValue.Bool(l && r);
            }
            case "||":
            {
                if (left is TfBool { Value: true } || right is TfBool { Value: true }) return TfValue.True;
                if (left is TfUnknown ul) return ul;
                if (right is TfUnknown ur) return ur;
                if (!Bool(left, out var l, out var notBool) || !Bool(right, out var r, out notBool)) return notBool;
                return TfValue.Bool(l || r);
            }
        }
        if (left is TfUnknown unknownLeft) return unknownLeft;
        if (right is TfUnknown unknownRight) return unknownRight;
        switch (op)
        {
            case "==": return TfValue.Bool(ValueEquals(left, right));
            case "!=": return TfValue.Bool(!ValueEquals(left, right));
        }
        if (!Number(left, out var a, out var notNumber) || !Number(right, out var b, out notNumber)) return notNumber;
        return op switch
        {
            "+" => new TfNumber(a + b),
            "-" => new TfNumber(a - b),
            "*" => new TfNumber(a * b),
            "/" => b == 0 ? TfUnknown.Error("division by zero") : new TfNumber(a / b),
            "%" => b == 0 ? TfUnknown.Error("modulo by zero") : new TfNumber(a % b),
            "<" => TfValue.Bool(a < b),
            ">" => TfValue.Bool(a > b),
            "<=" => TfValue.Bool(a <= b),
            ">=" => TfValue.Bool(a >= b),
            _ => TfUnknown.Error($"unknown operator {op}"),
        };
    }

    public static TfValue Unary(string op, TfValue operand)
    {
        if (operand is TfUnknown unknown) return unknown;
        if (op == "!") return Bool(operand, out var truth, out var notBool) ? TfValue.Bool(!truth) : notBool;
        return Number(operand, out var number, out var notNumber) ? new TfNumber(-number) : notNumber;
    }

    /// <summary>Terraform equality: same type and value; a number and its string form are not equal.</summary>
    public static bool ValueEquals(TfValue left, TfValue right) => (left, right) switch
    {
        (TfNull, TfNull) => true,
        (TfString a, TfString b) => a.Value == b.Value,
        (TfNumber a, TfNumber b) => a.Value == b.Value,
        (TfBool a, TfBool b) => a.Value == b.Value,
        (TfList a, TfList b) => ItemsEqual(a, b),
        (TfObject a, TfObject b) => AttributesEqual(a, b),
        _ => false,
    };

    // Loops in their own methods: a lambda capturing b made every comparison (strings included) allocate its closure.
    private static bool ItemsEqual(TfList a, TfList b)
    {
        if (a.Items.Count != b.Items.Count) return false;
        for (var i = 0; i < a.Items.Count; i++)
        {
            if (!ValueEquals(a.Items[i], b.Items[i])) return false;
        }
        return true;
    }

    private static bool AttributesEqual(TfObject a, TfObject b)
    {
        if (a.Attributes.Count != b.Attributes.Count) return false;
        foreach (var (key, value) in a.Attributes)
        {
            if (!b.Attributes.TryGetValue(key, out var other) || !ValueEquals(value, other)) return false;
        }
        return true;
    }

    private static bool Number(TfValue value, out double number, out TfValue error)
    {
        error = TfValue.Null;
        if (TfConvert.TryNumber(value, out number)) return true;
        error = TfUnknown.Error($"a number is required, not {value.TypeName}");
        return false;
    }

    private static bool Bool(TfValue value, out bool result, out TfValue error)
    {
        error = TfValue.Null;
        if (TfConvert.TryBool(value, out result)) return true;
        error = TfUnknown.Error($"a bool is required, not {value.TypeName}");
        return false;
    }
}
