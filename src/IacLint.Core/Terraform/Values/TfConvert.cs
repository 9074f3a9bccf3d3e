using System.Globalization;

namespace IacLint.Terraform.Values;

/// <summary>Terraform's automatic conversions between primitive values, and truthiness for conditions.</summary>
public static class TfConvert
{
    public static bool TryString(TfValue value, out string text)
    {
        switch (value)
        {
            case TfString s: text = s.Value; return true;
            case TfNumber n: text = n.ToString(); return true;
            case TfBool b: text = b.ToString(); return true;
            default: text = ""; return false;
        }
    }

    public static bool TryNumber(TfValue value, out double number)
    {
        switch (value)
        {
            case TfNumber n: number = n.Value; return true;
            case TfString s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed): number = parsed; return true;
            default: number = 0; return false;
        }
    }

    public static bool TryBool(TfValue value, out bool result)
    {
        switch (value)
        {
            case TfBool b: result = b.Value; return true;
            case TfString { Value: "true" }: result = true; return true;
            case TfString { Value: "false" }: result = false; return true;
            default: result = false; return false;
        }
    }

    /// <summary>Converts to a declared variable type where the conversion is a primitive one; other types pass through.</summary>
    public static TfValue ToType(TfValue value, string? type)
    {
        if (type is null || value is TfUnknown or TfNull) return value;
        // A value that has the type already is kept: every module instance converts every variable it is given.
        if (type == value.TypeName && value is TfString or TfNumber or TfBool) return value;
        var result = type switch
        {
            "string" when TryString(value, out var s) => new TfString(s),
            "number" when TryNumber(value, out var n) => new TfNumber(n),
            "bool" when TryBool(value, out var b) => TfValue.Bool(b),
            _ => value,
        };
        return ReferenceEquals(result, value) ? result : result with { Origin = value.Origin };
    }

    /// <summary>Elements of a list, set, tuple, or the values of a map or object, in Terraform's iteration order.</summary>
    public static IReadOnlyList<TfValue>? Elements(TfValue value) => value switch
    {
        TfList list => list.Items,
        TfObject obj => obj.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToList(),
        _ => null,
    };
}
