using IacLint.Syntax.Hcl;
using IacLint.Terraform.Functions;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>One statement of a resource policy, as far as the rules need it.</summary>
/// <param name="Principals">Every principal identifier (AWS, Service, Federated…); <c>*</c> for "anyone".</param>
/// <param name="Actions">The actions, as written.</param>
internal sealed record ResourcePolicyStatement(bool Allow, IReadOnlyList<string> Principals, IReadOnlyList<string> Actions, bool HasCondition)
{
    public bool AnyPrincipal => Principals.Contains("*");

    /// <summary>Allows anyone: principal <c>*</c> and no condition narrowing who.</summary>
    public bool OpenToAnyone => Allow && AnyPrincipal && !HasCondition;
}

/// <summary>A policy attribute read: its statements, or why they cannot be known before apply.</summary>
internal sealed record PolicyRead(IReadOnlyList<ResourcePolicyStatement> Statements, TfValue? Unknown);

/// <summary>
/// Reads the statements of a resource policy (an SQS queue policy, a KMS key policy, an ECR repository policy)
/// written as JSON text, with <c>jsonencode(...)</c>, or as a reference to a <c>data "aws_iam_policy_document"</c>.
/// </summary>
internal static class PolicyDocuments
{
    private static readonly PolicyRead Nothing = new([], null);

    public static PolicyRead Read(EvaluatedAttribute policy, TerraformConfiguration configuration, ResourceInstance owner)
    {
        switch (policy.Value)
        {
            case TfUnknown { RefersTo: { } address } unknown when IsPolicyDocument(address):
                var document = configuration.DataOfType("aws_iam_policy_document").FirstOrDefault(d => d.Address == address);
                return document is null ? new PolicyRead([], unknown) : FromDataSource(document);
            case TfUnknown unknown when policy.Syntax.Value is HclFunctionCall { Name: "jsonencode", Arguments.Count: 1 } call:
                // jsonencode is unknown as soon as one leaf is (a Resource ARN): judge the object itself.
                var read = FromDocument(owner.Module.Evaluate(call.Arguments[0], owner.Scope));
                return read.Unknown is null ? read : new PolicyRead([], unknown);
            case TfUnknown unknown when policy.Syntax.Value is HclTemplate template:
                return FromTemplate(template, unknown);
            case TfUnknown unknown:
                return new PolicyRead([], unknown);
            case TfString text:
                return FromJson(text.Value);
            default:
                return Nothing;
        }
    }

    private const string Hole = "@@known-after-apply@@";

    /// <summary>
    /// A JSON heredoc with interpolations known only after apply (an account id in an ARN): reads it with each
    /// interpolation as an opaque hole, and gives up (unknown) only when a hole stands where a principal or an
    /// action is decided.
    /// </summary>
    private static PolicyRead FromTemplate(HclTemplate template, TfUnknown unknown)
    {
        var text = string.Concat(template.Parts.Select(p => p is HclLiteral literal ? literal.Text : Hole));
        var read = FromJson(text);
        var holes = read.Statements.Any(s => s.Principals.Concat(s.Actions).Any(v => v.Contains(Hole, StringComparison.Ordinal) && !v.StartsWith("arn:", StringComparison.Ordinal)));
        return holes || read.Statements.Count == 0 ? new PolicyRead([], unknown) : read;
    }

    private static bool IsPolicyDocument(string address) =>
        address.StartsWith("data.aws_iam_policy_document.", StringComparison.Ordinal) ||
        address.Contains(".data.aws_iam_policy_document.", StringComparison.Ordinal);

    private static PolicyRead FromJson(string json)
    {
        try
        {
            return FromDocument(Encodings.FromJson(json));
        }
        catch (IacLint.Terraform.Evaluation.TfEvaluationException)
        {
            return Nothing;
        }
    }

    /// <summary>A policy as a value (parsed JSON, or the object given to jsonencode); unknown when a principal or an
    /// action is.</summary>
    private static PolicyRead FromDocument(TfValue document)
    {
        if (document is TfUnknown whole) return new PolicyRead([], whole);
        if ((document as TfObject)?.Get("Statement") is TfUnknown statementsUnknown) return new PolicyRead([], statementsUnknown);
        var statements = (document as TfObject)?.Get("Statement") switch
        {
            TfList list => list.Items,
            TfObject single => [single],
            _ => [],
        };
        var read = new List<ResourcePolicyStatement>();
        foreach (var s in statements.OfType<TfObject>())
        {
            foreach (var part in new[] { s.Get("Effect"), s.Get("Principal"), s.Get("Action") })
            {
                if (part is not null && !part.IsWhollyKnown) return new PolicyRead([], part is TfUnknown u ? u : new TfUnknown("a principal or action is known only after apply"));
            }
            read.Add(new ResourcePolicyStatement(
                Allow: s.Get("Effect") is not TfString { Value: not "Allow" },
                Principals: JsonPrincipals(s.Get("Principal")),
                Actions: Strings(s.Get("Action")),
                HasCondition: s.Get("Condition") is TfObject { Attributes.Count: > 0 }));
        }
        return new PolicyRead(read, null);
    }

    private static List<string> JsonPrincipals(TfValue? principal) => principal switch
    {
        TfString s => [s.Value],
        TfObject o => o.Attributes.Values.SelectMany(Strings).ToList(),
        _ => [],
    };

    private static PolicyRead FromDataSource(ResourceInstance document)
    {
        var statements = new List<ResourcePolicyStatement>();
        foreach (var statement in document.Body.Blocks("statement"))
        {
            var values = new[] { statement.Get("effect"), statement.Get("actions") }
                .Concat(statement.Body?.Blocks("principals").Select(p => p.Get("type")) ?? []);
            if (values.FirstOrDefault(v => v is not null && !v.IsWhollyKnown) is { } unknown) return new PolicyRead([], unknown);
            var principals = new List<string>();
            foreach (var block in statement.Body?.Blocks("principals") ?? [])
            {
                if (Identifiers(block) is not { } identifiers) return new PolicyRead([], block.Get("identifiers"));
                // type "*" with identifiers ["*"] is how the data source writes Principal: "*".
                principals.AddRange(block.Get("type") is TfString { Value: "*" } ? ["*"] : identifiers);
            }
            statements.Add(new ResourcePolicyStatement(
                Allow: statement.Get("effect") is not TfString { Value: not "Allow" },
                Principals: principals,
                Actions: Strings(statement.Get("actions")),
                HasCondition: statement.Body?.Blocks("condition").Any() == true));
        }
        return new PolicyRead(statements, null);
    }

    /// <summary>A principals block's identifiers; one known only after apply counts as a specific principal when it
    /// is written as text around the unknown part (<c>"arn:aws:iam::${local.account}:root"</c>), which cannot be
    /// <c>*</c>. Null when an identifier could be anything.</summary>
    private static List<string>? Identifiers(BlockView block)
    {
        var attribute = block.Attribute("identifiers");
        if (attribute is null || attribute.Value.IsWhollyKnown) return Strings(attribute?.Value);
        if (attribute.Value is not TfList list || attribute.Syntax.Value is not HclTuple tuple || tuple.Items.Count != list.Items.Count) return null;
        var identifiers = new List<string>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is TfString known) identifiers.Add(known.Value);
            else if (tuple.Items[i] is HclTemplate template && template.Parts.OfType<HclLiteral>().Any(p => p.Text is { Length: > 0 })) identifiers.Add(Hole);
            else return null;
        }
        return identifiers;
    }

    private static List<string> Strings(TfValue? value) => value switch
    {
        TfString s => [s.Value],
        TfList list => list.Items.OfType<TfString>().Select(s => s.Value).ToList(),
        _ => [],
    };
}
