using IacLint.Syntax.Hcl;
using IacLint.Terraform.Evaluation;
using IacLint.Terraform.Functions;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>One statement of an IAM or resource policy, with only the known strings of each element.</summary>
/// <param name="Principals">(type, identifier) pairs: <c>("AWS", "*")</c>; a bare <c>"Principal": "*"</c> is <c>("*", "*")</c>.</param>
/// <param name="ConditionKeys">The condition keys tested (<c>aws:MultiFactorAuthPresent</c>).</param>
/// <param name="AnyPrincipal">Whether a principal is <c>*</c> (or a policy document's principals type is <c>*</c>).</param>
/// <param name="HasCondition">Whether the statement has a condition, known or not.</param>
public sealed record PolicyStatement(
    string Effect,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> NotActions,
    IReadOnlyList<string> Resources,
    IReadOnlyList<string> NotResources,
    IReadOnlyList<(string Type, string Id)> Principals,
    IReadOnlyList<string> ConditionKeys,
    bool AnyPrincipal,
    bool HasCondition)
{
    public bool Allows => Effect == "Allow";

    /// <summary>Allows anyone: principal <c>*</c> and no condition narrowing who.</summary>
    public bool OpenToAnyone => Allows && AnyPrincipal && !HasCondition;

    public bool AnyAction(Func<string, bool> predicate) => Actions.Any(predicate);
}

/// <summary>A resource policy read: its statements, or why they cannot be known before apply.</summary>
internal sealed record PolicyRead(IReadOnlyList<PolicyStatement> Statements, TfValue? Unknown);

/// <summary>
/// Reads policy documents wherever Terraform configurations write them: JSON text (heredoc, <c>file</c>), a
/// <c>jsonencode(...)</c> call (read from its argument, so unknown ARNs elsewhere in the document do not hide the
/// statements), or a <c>data "aws_iam_policy_document"</c>'s statement blocks. IAM rules read what is known
/// (<see cref="Read"/>); resource-policy rules need every effect, principal and action known
/// (<see cref="ReadResourcePolicy"/>).
/// </summary>
internal static class PolicyDocuments
{
    /// <summary>The statements of a policy attribute; null with <paramref name="unknown"/> set when the document
    /// itself is unknown, null without it when there is nothing to read (a policy document data source, checked on
    /// its own, or text that is not JSON).</summary>
    public static IReadOnlyList<PolicyStatement>? Read(BodyView body, EvaluatedAttribute attribute, out TfValue? unknown)
    {
        unknown = null;
        TfValue? document;
        if (attribute.Syntax.Value is HclFunctionCall { Name: "jsonencode", Arguments.Count: 1 } call)
        {
            document = body.Evaluate(call.Arguments[0]);
        }
        else if (attribute.Value is TfString text)
        {
            document = ParseJson(text.Value);
            if (document is null) return null;
        }
        else
        {
            if (attribute.Value is TfUnknown u && !(u.RefersTo is { } address && IsPolicyDocument(address))) unknown = u;
            return null;
        }
        if (document is TfUnknown whole)
        {
            unknown = whole;
            return null;
        }
        return StatementObjects(document).Select(FromJson).ToList();
    }

    /// <summary>
    /// The statements of a resource policy (an SQS queue policy, a KMS key policy, an ECR repository policy), or
    /// unknown when an effect, a principal or an action is known only after apply: these rules judge who may do what,
    /// so they do not guess.
    /// </summary>
    public static PolicyRead ReadResourcePolicy(EvaluatedAttribute policy, TerraformConfiguration configuration, ResourceInstance owner)
    {
        switch (policy.Value)
        {
            case TfUnknown { RefersTo: { } address } unknown when IsPolicyDocument(address):
                var document = configuration.DataOfType("aws_iam_policy_document").FirstOrDefault(d => d.Address == address);
                return document is null ? new PolicyRead([], unknown) : FromDataSource(document);
            case TfUnknown unknown when policy.Syntax.Value is HclFunctionCall { Name: "jsonencode", Arguments.Count: 1 } call:
                // jsonencode is unknown as soon as one leaf is (a Resource ARN): judge the object itself.
                var read = FromDocumentValue(owner.Module.Evaluate(call.Arguments[0], owner.Scope));
                return read.Unknown is null ? read : new PolicyRead([], unknown);
            case TfUnknown unknown when policy.Syntax.Value is HclTemplate template:
                return FromTemplate(template, unknown);
            case TfUnknown unknown:
                return new PolicyRead([], unknown);
            case TfString text:
                return FromJsonText(text.Value);
            default:
                return Nothing;
        }
    }

    private static readonly PolicyRead Nothing = new([], null);

    private const string Hole = "@@known-after-apply@@";

    /// <summary>
    /// A JSON heredoc with interpolations known only after apply (an account id in an ARN): reads it with each
    /// interpolation as an opaque hole, and gives up (unknown) only when a hole stands where a principal or an
    /// action is decided.
    /// </summary>
    private static PolicyRead FromTemplate(HclTemplate template, TfUnknown unknown)
    {
        var text = string.Concat(template.Parts.Select(p => p is HclLiteral literal ? literal.Text : Hole));
        var read = FromJsonText(text);
        var holes = read.Statements.Any(s => s.Principals.Select(p => p.Id).Concat(s.Actions).Any(v => v.Contains(Hole, StringComparison.Ordinal) && !v.StartsWith("arn:", StringComparison.Ordinal)));
        return holes || read.Statements.Count == 0 ? new PolicyRead([], unknown) : read;
    }

    private static bool IsPolicyDocument(string address) =>
        address.StartsWith("data.aws_iam_policy_document.", StringComparison.Ordinal) ||
        address.Contains(".data.aws_iam_policy_document.", StringComparison.Ordinal);

    /// <summary>The parsed JSON; null when the text is not JSON.</summary>
    private static TfValue? ParseJson(string json)
    {
        try
        {
            return Encodings.FromJson(json);
        }
        catch (TfEvaluationException)
        {
            return null;
        }
    }

    private static PolicyRead FromJsonText(string json) => ParseJson(json) is { } document ? FromDocumentValue(document) : Nothing;

    private static IReadOnlyList<TfObject> StatementObjects(TfValue document) => ((document as TfObject)?.Get("Statement") switch
    {
        TfList list => list.Items,
        TfObject single => [single],
        _ => [],
    }).OfType<TfObject>().ToList();

    /// <summary>A resource policy as a value (parsed JSON, or the object given to jsonencode); unknown when a
    /// principal or an action is.</summary>
    private static PolicyRead FromDocumentValue(TfValue document)
    {
        if (document is TfUnknown whole) return new PolicyRead([], whole);
        if ((document as TfObject)?.Get("Statement") is TfUnknown statementsUnknown) return new PolicyRead([], statementsUnknown);
        var statements = StatementObjects(document);
        foreach (var s in statements)
        {
            foreach (var part in new[] { s.Get("Effect"), s.Get("Principal"), s.Get("Action") })
            {
                if (part is not null && !part.IsWhollyKnown) return new PolicyRead([], part is TfUnknown u ? u : new TfUnknown("a principal or action is known only after apply"));
            }
        }
        return new PolicyRead(statements.Select(FromJson).ToList(), null);
    }

    /// <summary>A statement of a JSON policy.</summary>
    private static PolicyStatement FromJson(TfObject statement)
    {
        var principals = new List<(string Type, string Id)>();
        switch (statement.Get("Principal"))
        {
            case TfString bare:
                // Only "*" is a valid bare principal; others are kept so a heredoc hole in one is noticed.
                principals.Add(("*", bare.Value));
                break;
            case TfObject map:
                foreach (var (type, ids) in map.Attributes)
                {
                    principals.AddRange(Strings(ids).Select(id => (type, id)));
                }
                break;
        }
        var condition = statement.Get("Condition") as TfObject;
        var conditionKeys = condition?.Attributes.Values.OfType<TfObject>().SelectMany(test => test.Attributes.Keys).ToList() ?? [];
        return new PolicyStatement(
            (statement.Get("Effect") as TfString)?.Value ?? "Allow",
            Strings(statement.Get("Action")), Strings(statement.Get("NotAction")),
            Strings(statement.Get("Resource")), Strings(statement.Get("NotResource")),
            principals, conditionKeys,
            AnyPrincipal: principals.Any(p => p.Id == "*"),
            HasCondition: condition is { Attributes.Count: > 0 });
    }

    /// <summary>A statement block of a <c>data "aws_iam_policy_document"</c>.</summary>
    public static PolicyStatement FromDocument(BlockView statement)
    {
        var principalBlocks = statement.Blocks("principals").ToList();
        var principals = principalBlocks.SelectMany(p => Strings(p.Get("identifiers")).Select(id => (Type: (p.Get("type") as TfString)?.Value ?? "", Id: id))).ToList();
        var conditions = statement.Blocks("condition").ToList();
        return new PolicyStatement(
            (statement.Get("effect") as TfString)?.Value ?? "Allow",
            Strings(statement.Get("actions")), Strings(statement.Get("not_actions")),
            Strings(statement.Get("resources")), Strings(statement.Get("not_resources")),
            principals,
            conditions.SelectMany(c => Strings(c.Get("variable"))).ToList(),
            // type "*" with identifiers ["*"] is how the data source writes Principal: "*".
            AnyPrincipal: principals.Any(p => p.Id == "*") || principalBlocks.Any(p => p.Get("type") is TfString { Value: "*" }),
            HasCondition: conditions.Count > 0);
    }

    /// <summary>A policy document data source as a resource policy: unknown when an effect, an action, a principal
    /// type or an identifier that could be anything is.</summary>
    private static PolicyRead FromDataSource(ResourceInstance document)
    {
        var statements = document.Body.Blocks("statement").ToList();
        foreach (var statement in statements)
        {
            var values = new[] { statement.Get("effect"), statement.Get("actions") }
                .Concat(statement.Body?.Blocks("principals").Select(p => p.Get("type")) ?? []);
            if (values.FirstOrDefault(v => v is not null && !v.IsWhollyKnown) is { } unknown) return new PolicyRead([], unknown);
            if (statement.Body?.Blocks("principals").FirstOrDefault(IdentifiersCouldBeAnything) is { } block) return new PolicyRead([], block.Get("identifiers"));
        }
        return new PolicyRead(statements.Select(FromDocument).ToList(), null);
    }

    /// <summary>Whether a principals block has an identifier known only after apply that could be <c>*</c>; one
    /// written as text around the unknown part (<c>"arn:aws:iam::${local.account}:root"</c>) cannot.</summary>
    private static bool IdentifiersCouldBeAnything(BlockView block)
    {
        var attribute = block.Attribute("identifiers");
        if (attribute is null || attribute.Value.IsWhollyKnown) return false;
        if (attribute.Value is not TfList list || attribute.Syntax.Value is not HclTuple tuple || tuple.Items.Count != list.Items.Count) return true;
        return list.Items.Where((item, i) => item is not TfString && !(tuple.Items[i] is HclTemplate template && template.Parts.OfType<HclLiteral>().Any(p => p.Text is { Length: > 0 }))).Any();
    }

    /// <summary>The known strings of a string or list of strings.</summary>
    public static IReadOnlyList<string> Strings(TfValue? value)
    {
        if (value is TfString single) return [single.Value];
        if (value is not TfList list) return [];
        // A loop, not LINQ: statements are read by several rules each, element by element.
        var strings = new List<string>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (list.Items[i] is TfString item) strings.Add(item.Value);
        }
        return strings;
    }

    /// <summary>Whether an IAM action pattern (<c>s3:Put*</c>, <c>*</c>) matches an action (case-insensitive, as IAM).</summary>
    public static bool Matches(string pattern, string action)
    {
        if (pattern == "*") return true;
        var star = pattern.IndexOf('*');
        if (star < 0) return pattern.Equals(action, StringComparison.OrdinalIgnoreCase);
        return star == pattern.Length - 1 && action.StartsWith(pattern[..star], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Like <see cref="Read"/>, but a reference to a <c>data "aws_iam_policy_document"</c> is followed into
    /// the document (with its source and override documents); null when the statements cannot be known.</summary>
    public static IReadOnlyList<PolicyStatement>? ReadResolved(TerraformConfiguration configuration, BodyView body, EvaluatedAttribute attribute) =>
        Read(body, attribute, out _) ?? (attribute.Value is TfUnknown unknown ? Document(configuration, unknown, 0) : null);

    private static IReadOnlyList<PolicyStatement>? Document(TerraformConfiguration configuration, TfUnknown reference, int depth)
    {
        if (depth > 8 || reference.RefersTo is not { } address) return null;
        var document = configuration.DataOfType("aws_iam_policy_document").FirstOrDefault(d => d.Address == address);
        if (document is null) return null;
        var statements = document.Body.Blocks("statement").Select(FromDocument).ToList();
        foreach (var name in new[] { "source_policy_documents", "override_policy_documents" })
        {
            var items = document.Body.Attribute(name)?.Value is TfList list ? list.Items : [];
            foreach (var item in items)
            {
                var nested = item is TfUnknown u ? Document(configuration, u, depth + 1) : null;
                if (nested is null) return null;
                statements.AddRange(nested);
            }
        }
        return statements;
    }

    /// <summary>An <c>aws_iam_policy</c> a <c>policy_arn</c> refers to, with its statements (null when not in the configuration).</summary>
    public static IReadOnlyList<PolicyStatement>? ManagedPolicy(TerraformConfiguration configuration, TfValue? policyArn) =>
        policyArn is TfUnknown { RefersTo: { } address } &&
        configuration.OfType("aws_iam_policy").FirstOrDefault(p => p.Address == address) is { } policy &&
        policy.Body.Attribute("policy") is { } text
            ? ReadResolved(configuration, policy.Body, text)
            : null;
}
