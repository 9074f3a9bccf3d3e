using IacLint.Syntax.Hcl;

namespace IacLint.Terraform.Values;

/// <summary>
/// A variable's declared <c>type</c>, used to convert values the way Terraform does: primitives convert, and objects
/// get their <c>optional(…)</c> attributes filled with the default (or null) when absent, also inside lists and maps.
/// Without this, module code that reads an omitted optional attribute would look like an error.
/// </summary>
public abstract record TypeConstraint
{
    public static readonly TypeConstraint Any = new AnyType();

    public static TypeConstraint Parse(HclExpression? expression, Func<HclExpression, TfValue> evaluateDefault) => expression switch
    {
        null => Any,
        HclVariable { Name: "string" or "number" or "bool" } primitive => new Primitive(primitive.Name),
        HclFunctionCall { Name: "list" or "set", Arguments.Count: 1 } collection => new ListOf(Parse(collection.Arguments[0], evaluateDefault)),
        HclFunctionCall { Name: "map", Arguments.Count: 1 } map => new MapOf(Parse(map.Arguments[0], evaluateDefault)),
        HclFunctionCall { Name: "object", Arguments: [HclObject shape] } => ObjectShape(shape, evaluateDefault),
        HclFunctionCall { Name: "tuple", Arguments: [HclTuple elements] } => TupleShape(elements, evaluateDefault),
        _ => Any,
    };

    // Lambdas in methods of their own: capturing evaluateDefault in Parse made every call (each variable's type)
    // allocate the closure, object type or not.
    private static ObjectOf ObjectShape(HclObject shape, Func<HclExpression, TfValue> evaluateDefault) => new(shape.Items.Select(item =>
        {
            var name = item.Key is HclVariable v ? v.Name : item.Key is HclTemplate t ? t.LiteralValue : "";
            if (item.Value is HclFunctionCall { Name: "optional" } optional && optional.Arguments.Count >= 1)
            {
                var defaultValue = optional.Arguments.Count > 1 ? evaluateDefault(optional.Arguments[1]) : TfValue.Null;
                return new Attribute(name, Parse(optional.Arguments[0], evaluateDefault), true, defaultValue);
            }
            return new Attribute(name, Parse(item.Value, evaluateDefault), false, null);
        }).ToList());

    private static TupleOf TupleShape(HclTuple elements, Func<HclExpression, TfValue> evaluateDefault) => new(elements.Items.Select(e => Parse(e, evaluateDefault)).ToList());

    public abstract TfValue Convert(TfValue value);

    private sealed record AnyType : TypeConstraint
    {
        public override TfValue Convert(TfValue value) => value;
    }

    private sealed record Primitive(string Name) : TypeConstraint
    {
        public override TfValue Convert(TfValue value) => TfConvert.ToType(value, Name);
    }

    // A collection whose elements all have their type already (a list(string) of strings, most of them) is kept,
    // not copied: every module instance converts every variable it is given.
    private sealed record ListOf(TypeConstraint Element) : TypeConstraint
    {
        public override TfValue Convert(TfValue value)
        {
            if (value is not TfList list) return value;
            List<TfValue>? converted = null;
            for (var i = 0; i < list.Items.Count; i++)
            {
                var item = Element.Convert(list.Items[i]);
                if (converted is null && !ReferenceEquals(item, list.Items[i]))
                {
                    converted = new List<TfValue>(list.Items.Count);
                    for (var earlier = 0; earlier < i; earlier++) converted.Add(list.Items[earlier]);
                }
                converted?.Add(item);
            }
            return converted is null ? value : new TfList(converted) { Origin = value.Origin };
        }
    }

    private sealed record MapOf(TypeConstraint Element) : TypeConstraint
    {
        public override TfValue Convert(TfValue value)
        {
            if (value is not TfObject obj || obj.ResourceAddress is not null) return value;
            Dictionary<string, TfValue>? converted = null;
            var index = 0;
            foreach (var (key, item) in obj.Attributes)
            {
                var element = Element.Convert(item);
                if (converted is null && !ReferenceEquals(element, item))
                {
                    converted = new Dictionary<string, TfValue>(obj.Attributes.Count, StringComparer.Ordinal);
                    foreach (var (earlierKey, earlier) in obj.Attributes.Take(index)) converted[earlierKey] = earlier;
                }
                if (converted is not null) converted[key] = element;
                index++;
            }
            return converted is null ? value : new TfObject(converted) { Origin = value.Origin };
        }
    }

    private sealed record TupleOf(IReadOnlyList<TypeConstraint> Elements) : TypeConstraint
    {
        public override TfValue Convert(TfValue value) => value is TfList list
            ? new TfList(list.Items.Select((v, i) => i < Elements.Count ? Elements[i].Convert(v) : v).ToList()) { Origin = value.Origin }
            : value;
    }

    private sealed record Attribute(string Name, TypeConstraint Type, bool Optional, TfValue? Default);

    private sealed record ObjectOf(IReadOnlyList<Attribute> Attributes) : TypeConstraint
    {
        public override TfValue Convert(TfValue value)
        {
            if (value is not TfObject obj || obj.ResourceAddress is not null) return value;
            var result = new Dictionary<string, TfValue>(Attributes.Count, StringComparer.Ordinal);
            foreach (var attribute in Attributes)
            {
                if (obj.Attributes.TryGetValue(attribute.Name, out var given) && given is not TfNull)
                {
                    result[attribute.Name] = attribute.Type.Convert(given);
                }
                else
                {
                    result[attribute.Name] = attribute.Optional && attribute.Default is not null ? attribute.Type.Convert(attribute.Default) : TfValue.Null;
                }
            }
            return new TfObject(result) { Origin = value.Origin };
        }
    }
}
