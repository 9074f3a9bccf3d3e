using System.Text;
using IacLint.Syntax.Hcl;
using IacLint.Terraform.Functions;
using IacLint.Terraform.Values;

namespace IacLint.Terraform.Evaluation;

/// <summary>
/// Evaluates HCL expressions to <see cref="TfValue"/>s the way Terraform does before apply: operators, conditionals,
/// templates, for-expressions, splats, indexing and the pure built-in functions. What cannot be known before apply is
/// an explicit <see cref="TfUnknown"/> that propagates; errors surface as <see cref="TfEvaluationException"/>.
/// </summary>
public sealed class Evaluator(FunctionRegistry functions)
{
    private const int MaxDepth = 200;

    [ThreadStatic] private static int _depth;

    public FunctionRegistry Functions { get; } = functions;

    /// <summary>Evaluates, turning an evaluation error into an unknown that carries the error as its reason.</summary>
    public TfValue EvaluateOrUnknown(HclExpression expression, EvalScope scope)
    {
        try
        {
            return Evaluate(expression, scope);
        }
        catch (TfEvaluationException e)
        {
            return new TfUnknown(e.Message);
        }
    }

    public TfValue Evaluate(HclExpression expression, EvalScope scope)
    {
        if (++_depth > MaxDepth)
        {
            _depth--;
            throw new TfEvaluationException("expression is nested too deeply to evaluate");
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
                return GetAttribute(Evaluate(get.Source, scope), get.Name);
            case HclIndex index:
                return Index(Evaluate(index.Source, scope), Evaluate(index.Key, scope));
            case HclSplat splat:
                return EvaluateSplat(splat, scope);
            case HclFunctionCall call:
                return CallFunction(call, scope);
            case HclConditional conditional:
            {
                var condition = Evaluate(conditional.Condition, scope);
                if (condition is TfUnknown unknown) return unknown;
                if (!TfConvert.TryBool(condition, out var truth)) throw new TfEvaluationException($"the condition must be a bool, not {condition.TypeName}");
                return Evaluate(truth ? conditional.WhenTrue : conditional.WhenFalse, scope);
            }
            case HclBinary binary:
            {
                var result = Operators.Binary(binary.Operator, Evaluate(binary.Left, scope), Evaluate(binary.Right, scope));
                if (result is TfNumber { Value: var number } && !double.IsFinite(number)) throw new TfEvaluationException($"the result of {binary.Operator} is outside the range of numbers IacLint evaluates");
                return result;
            }
            case HclUnary unary:
                return Operators.Unary(unary.Operator, Evaluate(unary.Operand, scope));
            case HclTuple tuple:
                return new TfList(tuple.Items.Select(item => Evaluate(item, scope)).ToList());
            case HclObject obj:
            {
                var attributes = new Dictionary<string, TfValue>(StringComparer.Ordinal);
                foreach (var item in obj.Items)
                {
                    string key;
                    if (item.KeyIsBareIdentifier && item.Key is HclVariable name)
                    {
                        key = name.Name;
                    }
                    else
                    {
                        var keyValue = Evaluate(item.Key, scope);
                        if (keyValue is TfUnknown u) return u;
                        if (!TfConvert.TryString(keyValue, out key)) throw new TfEvaluationException($"an object key must be a string, not {keyValue.TypeName}");
                    }
                    attributes[key] = Evaluate(item.Value, scope);
                }
                return new TfObject(attributes);
            }
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

    public const string SplatSymbol = "\u0001splat";

    /// <summary>Terraform's numbers are arbitrary precision; ours are doubles, so what overflows them is an error, never ±Infinity.</summary>
    private static TfNumber Finite(double value, string text) =>
        double.IsFinite(value) ? new TfNumber(value) : throw new TfEvaluationException($"the number {text} is outside the range IacLint evaluates");

    private static void CheckLength(StringBuilder builder)
    {
        if (builder.Length > FunctionRegistry.MaxStringLength) throw new TfEvaluationException($"the template would produce more than {FunctionRegistry.MaxStringLength:N0} characters, the most IacLint evaluates");
    }

    public static TfValue GetAttribute(TfValue source, string name)
    {
        switch (source)
        {
            case TfUnknown unknown:
                return unknown.RefersTo is null ? unknown : unknown with { Reason = $"{unknown.RefersTo}.{name} is known only after apply" };
            case TfObject obj:
                if (obj.Attributes.TryGetValue(name, out var value)) return value;
                if (obj.ResourceAddress is { } address) return new TfUnknown($"{address}.{name} is known only after apply", address);
                throw new TfEvaluationException($"this object has no attribute named \"{name}\"");
            case TfNull:
                throw new TfEvaluationException($"attempt to get attribute \"{name}\" from a null value");
            case TfList list when list.Items.Count > 0 && list.Items.All(i => i is TfObject { ResourceAddress: not null }):
                throw new TfEvaluationException($"a resource with count or for_each must be indexed before its attribute \"{name}\" is used");
            default:
                throw new TfEvaluationException($"a {source.TypeName} value has no attributes (looking for \"{name}\")");
        }
    }

    public static TfValue Index(TfValue source, TfValue key)
    {
        if (source is TfUnknown unknown) return unknown;
        if (key is TfUnknown unknownKey) return unknownKey;
        switch (source)
        {
            case TfList list:
                if (!TfConvert.TryNumber(key, out var number) || number != Math.Floor(number)) throw new TfEvaluationException("a list index must be a whole number");
                if (number < 0 || number >= list.Items.Count) throw new TfEvaluationException($"index {number} is out of range for a list of {list.Items.Count} elements");
                return list.Items[(int)number];
            case TfObject obj:
                if (!TfConvert.TryString(key, out var name)) throw new TfEvaluationException("a map key must be a string");
                if (obj.Attributes.TryGetValue(name, out var value)) return value;
                if (obj.ResourceAddress is { } address) return new TfUnknown($"{address}[\"{name}\"] is known only after apply", address);
                throw new TfEvaluationException($"the map has no element for the key \"{name}\"");
            case TfNull:
                throw new TfEvaluationException("attempt to index a null value");
            default:
                throw new TfEvaluationException($"a {source.TypeName} value cannot be indexed");
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
                return new TfList(list.Items.Select(item => Evaluate(splat.Each, scope.With(SplatSymbol, item))).ToList());
            case TfObject obj when obj.ResourceAddress is null && splat.AttributeOnly is false && obj.Attributes.Values.All(v => v is TfObject { ResourceAddress: not null }):
                return new TfList(TfConvert.Elements(obj)!.Select(item => Evaluate(splat.Each, scope.With(SplatSymbol, item))).ToList());
            default:
                // A splat on a single value treats it as a one-element list.
                return new TfList([Evaluate(splat.Each, scope.With(SplatSymbol, source))]);
        }
    }

    private TfValue CallFunction(HclFunctionCall call, EvalScope scope)
    {
        var name = call.Name.StartsWith("core::", StringComparison.Ordinal) ? call.Name[6..] : call.Name;
        if (name is "try" or "can")
        {
            foreach (var argument in call.Arguments)
            {
                try
                {
                    var value = Evaluate(argument, scope);
                    if (value is TfUnknown) return name == "can" ? new TfUnknown("can() of an unknown value") : value;
                    if (name == "can") return TfValue.True;
                    return value;
                }
                catch (TfEvaluationException)
                {
                    if (name == "can") return TfValue.False;
                }
            }
            if (name == "can") return TfValue.False;
            throw new TfEvaluationException("no argument of try() could be evaluated without an error");
        }
        var arguments = new List<TfValue>(call.Arguments.Count);
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var value = Evaluate(call.Arguments[i], scope);
            if (call.ExpandFinal && i == call.Arguments.Count - 1)
            {
                if (value is TfUnknown) return value;
                arguments.AddRange(TfConvert.Elements(value) ?? throw new TfEvaluationException("only a list, set or tuple can be expanded with ..."));
            }
            else
            {
                arguments.Add(value);
            }
        }
        return Functions.Call(name, arguments);
    }

    private TfValue EvaluateFor(HclFor loop, EvalScope scope)
    {
        var collection = Evaluate(loop.Collection, scope);
        if (collection is TfUnknown unknown) return unknown;
        IEnumerable<(TfValue Key, TfValue Value)> pairs = collection switch
        {
            TfList list => list.Items.Select((v, i) => ((TfValue)new TfNumber(i), v)),
            TfObject obj => obj.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => ((TfValue)new TfString(p.Key), p.Value)),
            TfNull => throw new TfEvaluationException("a for expression cannot iterate over null"),
            _ => throw new TfEvaluationException($"a for expression cannot iterate over a {collection.TypeName}"),
        };
        var items = new List<TfValue>();
        var objectItems = new Dictionary<string, TfValue>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<TfValue>>(StringComparer.Ordinal);
        var groupOrder = new List<string>();
        foreach (var (key, value) in pairs)
        {
            var inner = scope.With(loop.ValueVariable, value);
            if (loop.KeyVariable is not null) inner = inner.With(loop.KeyVariable, key);
            if (loop.Condition is not null)
            {
                var keep = Evaluate(loop.Condition, inner);
                if (keep is TfUnknown u) return u;
                if (!TfConvert.TryBool(keep, out var include)) throw new TfEvaluationException("a for expression's condition must be a bool");
                if (!include) continue;
            }
            var result = Evaluate(loop.ValueExpression, inner);
            if (loop.KeyExpression is null)
            {
                items.Add(result);
                continue;
            }
            var keyValue = Evaluate(loop.KeyExpression, inner);
            if (keyValue is TfUnknown uk) return uk;
            if (!TfConvert.TryString(keyValue, out var keyText)) throw new TfEvaluationException("a for expression's key must be a string");
            if (loop.Grouping)
            {
                if (!groups.TryGetValue(keyText, out var group))
                {
                    group = [];
                    groups[keyText] = group;
                    groupOrder.Add(keyText);
                }
                group.Add(result);
            }
            else
            {
                if (objectItems.ContainsKey(keyText)) throw new TfEvaluationException($"duplicate key \"{keyText}\" in a for expression (use ... to group)");
                objectItems[keyText] = result;
            }
        }
        if (loop.KeyExpression is null) return new TfList(items);
        if (loop.Grouping) return new TfObject(groupOrder.ToDictionary(k => k, k => (TfValue)new TfList(groups[k]), StringComparer.Ordinal));
        return new TfObject(objectItems);
    }

    private TfValue EvaluateTemplate(HclTemplate template, EvalScope scope)
    {
        var builder = new StringBuilder();
        foreach (var part in template.Parts)
        {
            var text = TemplatePart(part, scope, out var unknown);
            if (unknown is not null) return unknown;
            builder.Append(text);
            CheckLength(builder);
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
                if (!TfConvert.TryBool(condition, out var truth)) throw new TfEvaluationException("a template if condition must be a bool");
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
                    _ => throw new TfEvaluationException("a template for directive needs a list or map"),
                };
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
                    CheckLength(builder);
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
                if (value is TfNull) throw new TfEvaluationException("a null value cannot be interpolated into a string");
                if (!TfConvert.TryString(value, out var text)) throw new TfEvaluationException($"a {value.TypeName} value cannot be interpolated into a string");
                return text;
            }
        }
    }
}
