using IacLint.Terraform.Values;

namespace IacLint.Terraform.Evaluation;

/// <summary>Resolves the root names of references (<c>var</c>, <c>local</c>, <c>aws_s3_bucket</c>, <c>module</c>…)
/// for one module instance.</summary>
public interface IReferenceResolver
{
    TfValue? Resolve(string rootName);

    /// <summary><c>root.member</c> resolved without building the whole root object first (locals, variables,
    /// resources and module outputs are evaluated on demand); null to fall back to <see cref="Resolve"/>.</summary>
    TfValue? ResolveMember(string rootName, string member) => null;
}

/// <summary>Names bound by for-expressions, splats, <c>count</c>, <c>each</c> and dynamic-block iterators, chained to an
/// outer scope and finally to the module's resolver.</summary>
public sealed class EvalScope
{
    // Most scopes bind one name (each item of a for expression or splat, count, each): held without a dictionary,
    // since a scope is made per item.
    private readonly string? _name;
    private readonly TfValue? _value;
    private readonly Dictionary<string, TfValue>? _symbols;

    private EvalScope(IReferenceResolver resolver, EvalScope? parent, string? name, TfValue? value, Dictionary<string, TfValue>? symbols)
    {
        Resolver = resolver;
        Parent = parent;
        _name = name;
        _value = value;
        _symbols = symbols;
    }

    public IReferenceResolver Resolver { get; }

    public EvalScope? Parent { get; }

    public static EvalScope Root(IReferenceResolver resolver) => new(resolver, null, null, null, null);

    public EvalScope With(string name, TfValue value) => new(Resolver, this, name, value, null);

    public EvalScope With(IEnumerable<KeyValuePair<string, TfValue>> symbols) =>
        new(Resolver, this, null, null, symbols.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    /// <summary>Whether the name is not bound by a local symbol, so it refers to the module's namespace.</summary>
    public bool IsResolverName(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._name == name || (scope._symbols is not null && scope._symbols.ContainsKey(name))) return false;
        }
        return true;
    }

    public TfValue? Lookup(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._name == name) return scope._value;
            if (scope._symbols is not null && scope._symbols.TryGetValue(name, out var value)) return value;
        }
        return Resolver.Resolve(name);
    }
}

/// <summary>An evaluation error thrown inside a function's body, for failures too rare to be worth an error value
/// there (a wrong argument type); <see cref="Functions.FunctionRegistry.Call"/> turns it into one
/// (<see cref="TfUnknown.Error"/>), the way every other evaluation failure travels.</summary>
public sealed class TfEvaluationException(string message) : Exception(message);
