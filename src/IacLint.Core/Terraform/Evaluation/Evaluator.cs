using System.Text;
using IacLint.Syntax.Hcl;
using IacLint.Terraform.Functions;
using IacLint.Terraform.Values;

namespace IacLint.Terraform.Evaluation;

/// <summary>
/// Evaluates HCL expressions to <see cref="TfValue"/>s the way Terraform does before apply: operators, conditionals,
/// templates, for-expressions, splats, indexing and the pure built-in functions. What cannot be known before apply is
/// an explicit <see cref="TfUnknown"/> that propagates. An error (where Terraform would stop) is a value too, an
/// unknown marked <see cref="TfUnknown.IsError"/>, returned at once by every step as a thrown error would be:
/// evaluation failures are common in real configurations (<c>try(x[0], null)</c>), and exceptions are not control flow.
/// </summary>
public sealed class Evaluator(FunctionRegistry functions)
{
    private const int MaxDepth = 200;

    [ThreadStatic] private static int _depth;

    public FunctionRegistry Functions { get; } = functions;

    /// <summary>Told of each function call that fails outside <c>try</c>/<c>can</c>, as Terraform reports an error
    /// diagnostic at the call; the value stays unknown either way.</summary>
    public Action<HclFunctionCall, string>? FunctionFailed { get; init; }

    private int _insideTry;

    /// <summary>Evaluates, turning an evaluation error into an unknown that carries the error as its reason.</summary>
    public TfValue EvaluateOrUnknown(HclExpression expression, EvalScope scope)
    {
        var value = Evaluate(expression, scope);
        return value is TfUnknown { IsError: true } error ? new TfUnknown(error.Reason) : value;
    }

    /// <summary>The value, or an error value (<see cref="TfUnknown.IsError"/>) that callers return at once.</summary>
    public TfValue Evaluate(HclExpression expression, EvalScope scope)
    {
        if (++_depth > MaxDepth)
        {
            _depth--;
            return TfUnknown.Error("expression is nested too deeply to evaluate");
        }
        try
        {
            return EvaluateCore(expression, scope);
        }
        finally
        {
            _depth--;
        }
    }

    private TfValue EvaluateCore(HclExpression expression, EvalScope scope)
    {
        switch (expression)
        {
            case HclLiteral literal:
                return literal.Kind switch
                {
                    HclLiteralKind.String => new TfString(literal.Text ?? ""),
                    HclLiteralKind.Number => Finite(double.Parse(literal.Text!, System.Globalization.CultureInfo.InvariantCulture), literal.Text!),
                    HclLiteralKind.Bool => TfValue.Bool(literal.Text == "true"),
                    _ => TfValue.Null,
                };
            case HclTemplate template:
                return EvaluateTemplate(template, scope);
            case HclTemplateWrap wrap:
                return Evaluate(wrap.Wrapped, scope);
            case HclParentheses parentheses:
                return Evaluate(parentheses.Inner, scope);
            case HclVariable variable:
                return scope.Lookup(variable.Name) ?? new TfUnknown($"'{variable.Name}' is not a known name here");
            case HclSplatItem:
                return scope.Lookup(SplatSymbol) ?? new TfUnknown("splat item outside a splat");
            case HclGetAttribute { Source: HclVariable root } get when scope.IsResolverName(root.Name) &&
                                                                          scope.Resolver.ResolveMember(root.Name, get.Name) is { } member:
                return member;
            case HclGetAttribute get:
            {
                var source = Evaluate(get.Source, scope);
                return IsError(source) ? source : GetAttribute(source, get.Name);
            }
            case HclIndex index:
            {
                var source = Evaluate(index.Source, scope);
                if (IsError(source)) return source;
                var key = Evaluate(index.Key, scope);
                return IsError(key) ? key : Index(source, key);
            }
            case HclSplat splat:
                return EvaluateSplat(splat, scope);
            case HclFunctionCall call:
                return CallFunction(call, scope);
            case HclConditional conditional:
            {
                var condition = Evaluate(conditional.Condition, scope);
                if (condition is TfUnknown unknown) return unknown;
                if (!TfConvert.TryBool(condition, out var truth)) return TfUnknown.Error($"the condition must be a bool, not {condition.TypeName}");
                return Evaluate(truth ? conditional.WhenTrue : conditional.WhenFalse, scope);
            }
            case HclBinary binary:
            {
                var left = Evaluate(binary.Left, scope);
                if (IsError(left)) return left;
                var right = Evaluate(binary.Right, scope);
                if (IsError(right)) return right;
                var result = Operators.Binary(binary.Operator, left, right);
                if (result is TfNumber { Value: var number } && !double.IsFinite(number)) return TfUnknown.Error($"the result of {binary.Operator} is outside the range of numbers IacLint evaluates");
                return result;
            }
            case HclUnary unary:
            {
                var operand = Evaluate(unary.Operand, scope);
                return IsError(operand) ? operand : Operators.Unary(unary.Operator, operand);
            }
            case HclTuple tuple:
            {
                // Loops by index here and below: a foreach over the syntax tree's lists allocates an enumerator per expression.
                var items = new List<TfValue>(tuple.Items.Count);
                for (var i = 0; i < tuple.Items.Count; i++)
                {
                    var value = Evaluate(tuple.Items[i], scope);
                    if (IsError(value)) return value;
                    items.Add(value);
                }
                return new TfList(items);
            }
            case HclObject obj:
                return EvaluateObject(obj, scope);
            case HclFor loop:
                return EvaluateFor(loop, scope);
            case HclTemplateIf or HclTemplateFor:
            {
                var text = TemplatePart(expression, scope, out var unknownPart);
                return unknownPart ?? (TfValue)new TfString(text ?? "");
            }
            default:
                return new TfUnknown("the expression could not be parsed");
        }
    }

    private TfValue EvaluateObject(HclObject obj, EvalScope scope)
    {
        var pairs = new KeyValuePair<string, TfValue>[obj.Items.Count];
        for (var i = 0; i < obj.Items.Count; i++)
        {
            var item = obj.Items[i];
            string key;
            if (item.KeyIsBareIdentifier && item.Key is HclVariable name)
            {
                key = name.Name;
            }
            else
            {
                var keyValue = Evaluate(item.Key, scope);
                if (keyValue is TfUnknown u) return u;
                if (!TfConvert.TryString(keyValue, out key)) return TfUnknown.Error($"an object key must be a string, not {keyValue.TypeName}");
            }
            var value = Evaluate(item.Value, scope);
            if (IsError(value)) return value;
            pairs[i] = KeyValuePair.Create(key, value);
        }
        return TfObject.Own(pairs);
    }

    public const string SplatSymbol = "\u0001splat";

    private static bool IsError(TfValue value) => value is TfUnknown { IsError: true };

    /// <summary>Terraform's numbers are arbitrary precision; ours are doubles, so what overflows them is an error, never ±Infinity.</summary>
    private static TfValue Finite(double value, string text) =>
        double.IsFinite(value) ? new TfNumber(value) : TfUnknown.Error($"the number {text} is outside the range IacLint evaluates");

    private static TfUnknown? CheckLength(StringBuilder builder) => builder.Length > FunctionRegistry.MaxStringLength ? TooLong() : null;

    private static TfUnknown TooLong() =>
        TfUnknown.Error($"the template would produce more than {FunctionRegistry.MaxStringLength:N0} characters, the most IacLint evaluates");

    public static TfValue GetAttribute(TfValue source, string name)
    {
        switch (source)
        {
            case TfUnknown unknown:
                return unknown.RefersTo is null ? unknown : unknown with { Reason = $"{unknown.RefersTo}.{name} is known only after apply" };
            case TfObject obj:
                if (obj.Attributes.TryGetValue(name, out var value)) return value;
                if (obj.ResourceAddress is { } address) return new TfUnknown($"{address}.{name} is known only after apply", address);
                return TfUnknown.Error($"this object has no attribute named \"{name}\"");
            case TfNull:
                return TfUnknown.Error($"attempt to get attribute \"{name}\" from a null value");
            case TfList list when list.Items.Count > 0 && list.Items.All(i => i is TfObject { ResourceAddress: not null }):
                return TfUnknown.Error($"a resource with count or for_each must be indexed before its attribute \"{name}\" is used");
            default:
                return TfUnknown.Error($"a {source.TypeName} value has no attributes (looking for \"{name}\")");
        }
    }

    public static TfValue Index(TfValue source, TfValue key)
    {
        if (source is TfUnknown unknown) return unknown;
        if (key is TfUnknown unknownKey) return unknownKey;
        switch (source)
        {
            case TfList list:
                if (!TfConvert.TryNumber(key, out var number) || number != Math.Floor(number)) return TfUnknown.Error("a list index must be a whole number");
                if (number < 0 || number >= list.Items.Count) return TfUnknown.Error($"index {number} is out of range for a list of {list.Items.Count} elements");
                return list.Items[(int)number];
            case TfObject obj:
                if (!TfConvert.TryString(key, out var name)) return TfUnknown.Error("a map key must be a string");
                if (obj.Attributes.TryGetValue(name, out var value)) return value;
                if (obj.ResourceAddress is { } address) return new TfUnknown($"{address}[\"{name}\"] is known only after apply", address);
                return TfUnknown.Error($"the map has no element for the key \"{name}\"");
            case TfNull:
                return TfUnknown.Error("attempt to index a null value");
            default:
                return TfUnknown.Error($"a {source.TypeName} value cannot be indexed");
        }
    }

    private TfValue EvaluateSplat(HclSplat splat, EvalScope scope)
    {
        var source = Evaluate(splat.Source, scope);
        switch (source)
        {
            case TfUnknown unknown:
                return unknown;
            case TfNull:
                return new TfList([]);
            case TfList list:
                return EachOfSplat(splat, scope, list.Items);
            case TfObject obj when obj.ResourceAddress is null && splat.AttributeOnly is false && obj.Attributes.Values.All(v => v is TfObject { ResourceAddress: not null }):
                return EachOfSplat(splat, scope, TfConvert.Elements(obj)!);
            default:
                // A splat on a single value treats it as a one-element list.
                return EachOfSplat(splat, scope, [source]);
        }
    }

    private TfValue EachOfSplat(HclSplat splat, EvalScope scope, IReadOnlyList<TfValue> items)
    {
        var results = new List<TfValue>(items.Count);
        foreach (var item in items)
        {
            var value = Evaluate(splat.Each, scope.With(SplatSymbol, item));
            if (IsError(value)) return value;
            results.Add(value);
        }
        return new TfList(results);
    }

    private TfValue CallFunction(HclFunctionCall call, EvalScope scope)
    {
        var name = call.Name.StartsWith("core::", StringComparison.Ordinal) ? call.Name[6..] : call.Name;
        if (name is "try" or "can")
        {
            for (var i = 0; i < call.Arguments.Count; i++)
            {
                _insideTry++;
                TfValue value;
                try
                {
                    value = Evaluate(call.Arguments[i], scope);
                }
                finally
                {
                    _insideTry--;
                }
                if (IsError(value))
                {
                    if (name == "can") return TfValue.False;
                    continue;
                }
                if (value is TfUnknown) return name == "can" ? new TfUnknown("can() of an unknown value") : value;
                if (name == "can") return TfValue.True;
                return value;
            }
            if (name == "can") return TfValue.False;
            return TfUnknown.Error("no argument of try() could be evaluated without an error");
        }
        var arguments = new List<TfValue>(call.Arguments.Count);
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var value = Evaluate(call.Arguments[i], scope);
            if (IsError(value)) return value;
            if (call.ExpandFinal && i == call.Arguments.Count - 1)
            {
                if (value is TfUnknown) return value;
                if (TfConvert.Elements(value) is not { } expanded) return TfUnknown.Error("only a list, set or tuple can be expanded with ...");
                arguments.AddRange(expanded);
            }
            else
            {
                arguments.Add(value);
            }
        }
        var result = Functions.Call(name, arguments);
        if (result is TfUnknown { IsError: true } failure && _insideTry == 0) FunctionFailed?.Invoke(call, failure.Reason);
        return result;
    }

    private TfValue EvaluateFor(HclFor loop, EvalScope scope)
    {
        var collection = Evaluate(loop.Collection, scope);
        if (collection is TfUnknown unknown) return unknown;
        IEnumerable<(TfValue Key, TfValue Value)> pairs;
        int count;
        switch (collection)
        {
            case TfList list:
                pairs = list.Items.Select((v, i) => ((TfValue)new TfNumber(i), v));
                count = list.Items.Count;
                break;
            case TfObject obj:
                pairs = obj.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => ((TfValue)new TfString(p.Key), p.Value));
                count = obj.Attributes.Count;
                break;
            case TfNull:
                return TfUnknown.Error("a for expression cannot iterate over null");
            default:
                return TfUnknown.Error($"a for expression cannot iterate over a {collection.TypeName}");
        }
        // Only what the expression's kind needs: a list, an object, or groups; sized when nothing is filtered out
        // (values are kept, and a filter may keep few).
        if (loop.Condition is not null) count = 0;
        var items = loop.KeyExpression is null ? new List<TfValue>(count) : null;
        var objectItems = loop.KeyExpression is not null && !loop.Grouping ? new Dictionary<string, TfValue>(count, StringComparer.Ordinal) : null;
        var groups = loop.KeyExpression is not null && loop.Grouping ? new Dictionary<string, List<TfValue>>(StringComparer.Ordinal) : null;
        var groupOrder = groups is null ? null : new List<string>();
        foreach (var (key, value) in pairs)
        {
            var inner = scope.With(loop.ValueVariable, value);
            if (loop.KeyVariable is not null) inner = inner.With(loop.KeyVariable, key);
            if (loop.Condition is not null)
            {
                var keep = Evaluate(loop.Condition, inner);
                if (keep is TfUnknown u) return u;
                if (!TfConvert.TryBool(keep, out var include)) return TfUnknown.Error("a for expression's condition must be a bool");
                if (!include) continue;
            }
            var result = Evaluate(loop.ValueExpression, inner);
            if (IsError(result)) return result;
            if (loop.KeyExpression is null)
            {
                items!.Add(result);
                continue;
            }
            var keyValue = Evaluate(loop.KeyExpression, inner);
            if (keyValue is TfUnknown uk) return uk;
            if (!TfConvert.TryString(keyValue, out var keyText)) return TfUnknown.Error("a for expression's key must be a string");
            if (loop.Grouping)
            {
                if (!groups!.TryGetValue(keyText, out var group))
                {
                    group = [];
                    groups[keyText] = group;
                    groupOrder!.Add(keyText);
                }
                group.Add(result);
            }
            else
            {
                if (objectItems!.ContainsKey(keyText)) return TfUnknown.Error($"duplicate key \"{keyText}\" in a for expression (use ... to group)");
                objectItems[keyText] = result;
            }
        }
        if (items is not null) return new TfList(items);
        if (groups is not null) return new TfObject(groupOrder!.ToDictionary(k => k, k => (TfValue)new TfList(groups[k]), StringComparer.Ordinal));
        return new TfObject(objectItems!);
    }

    private TfValue EvaluateTemplate(HclTemplate template, EvalScope scope)
    {
        if (template.Parts.Count == 1)
        {
            // Most templates are one string literal or one interpolation: no builder, no copy.
            var single = TemplatePart(template.Parts[0], scope, out var unknownPart) ?? "";
            if (unknownPart is not null) return unknownPart;
            return single.Length > FunctionRegistry.MaxStringLength ? TooLong() : new TfString(single);
        }
        var builder = new StringBuilder();
        for (var i = 0; i < template.Parts.Count; i++)
        {
            var text = TemplatePart(template.Parts[i], scope, out var unknown);
            if (unknown is not null) return unknown;
            builder.Append(text);
            if (CheckLength(builder) is { } tooLong) return tooLong;
        }
        return new TfString(builder.ToString());
    }

    private string? TemplatePart(HclExpression part, EvalScope scope, out TfUnknown? unknown)
    {
        unknown = null;
        switch (part)
        {
            case HclLiteral { Kind: HclLiteralKind.String } literal:
                return literal.Text;
            case HclTemplateIf directive:
            {
                var condition = Evaluate(directive.Condition, scope);
                if (condition is TfUnknown u)
                {
                    unknown = u;
                    return null;
                }
                if (!TfConvert.TryBool(condition, out var truth)) return Fail(out unknown, "a template if condition must be a bool");
                var chosen = truth ? directive.WhenTrue : directive.WhenFalse;
                if (chosen is null) return "";
                var value = EvaluateTemplate(chosen, scope);
                if (value is TfUnknown u2)
                {
                    unknown = u2;
                    return null;
                }
                return ((TfString)value).Value;
            }
            case HclTemplateFor loop:
            {
                var collection = Evaluate(loop.Collection, scope);
                if (collection is TfUnknown u)
                {
                    unknown = u;
                    return null;
                }
                var builder = new StringBuilder();
                var index = 0;
                var keyed = collection switch
                {
                    TfList list => list.Items.Select(v => ((TfValue)new TfNumber(index++), v)).ToList(),
                    TfObject obj => obj.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => ((TfValue)new TfString(p.Key), p.Value)).ToList(),
                    _ => null,
                };
                if (keyed is null) return Fail(out unknown, "a template for directive needs a list or map");
                foreach (var (key, value) in keyed)
                {
                    var inner = scope.With(loop.ValueVariable, value);
                    if (loop.KeyVariable is not null) inner = inner.With(loop.KeyVariable, key);
                    var text = EvaluateTemplate(loop.Body, inner);
                    if (text is TfUnknown u3)
                    {
                        unknown = u3;
                        return null;
                    }
                    builder.Append(((TfString)text).Value);
                    if (CheckLength(builder) is { } tooLong)
                    {
                        unknown = tooLong;
                        return null;
                    }
                }
                return builder.ToString();
            }
            default:
            {
                var value = Evaluate(part, scope);
                if (value is TfUnknown u)
                {
                    unknown = u;
                    return null;
                }
                if (value is TfNull) return Fail(out unknown, "a null value cannot be interpolated into a string");
                if (!TfConvert.TryString(value, out var text)) return Fail(out unknown, $"a {value.TypeName} value cannot be interpolated into a string");
                return text;
            }
        }
    }

    private static string? Fail(out TfUnknown? unknown, string message)
    {
        unknown = TfUnknown.Error(message);
        return null;
    }
}
