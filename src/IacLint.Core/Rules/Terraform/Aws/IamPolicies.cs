using IacLint.Syntax.Hcl;
using IacLint.Terraform.Evaluation;
using IacLint.Terraform.Functions;
using IacLint.Terraform.Model;
using IacLint.Terraform.Values;

namespace IacLint.Rules.Terraform.Aws;

/// <summary>One statement of an IAM policy, with only the known strings of each element.</summary>
/// <param name="Principals">(type, identifier) pairs: <c>("AWS", "*")</c>; a bare <c>"Principal": "*"</c> is <c>("*", "*")</c>.</param>
/// <param name="ConditionKeys">The condition keys tested (<c>aws:MultiFactorAuthPresent</c>).</param>
public sealed record PolicyStatement(
    string Effect,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> NotActions,
    IReadOnlyList<string> Resources,
    IReadOnlyList<string> NotResources,
    IReadOnlyList<(string Type, string Id)> Principals,
    IReadOnlyList<string> ConditionKeys)
{
    public bool Allows => Effect == "Allow";

    public bool AnyAction(Func<string, bool> predicate) => Actions.Any(predicate);
}

/// <summary>
/// Reads IAM policies wherever Terraform configurations write them: JSON text (heredoc, <c>file</c>), a
/// <c>jsonencode(...)</c> call (read from its argument, so unknown ARNs elsewhere in the document do not hide the
/// statements), or a <c>data "aws_iam_policy_document"</c>'s statement blocks.
/// </summary>
internal static class IamPolicies
{
    /// <summary>The statements of a policy attribute; null with <paramref name="unknown"/> set when the document
    /// itself is unknown, null without it when there is nothing to read (a policy document data source, checked on
    /// its own, or text that is not JSON).</summary>
    public static IReadOnlyList<PolicyStatement>? Read(BodyView body, EvaluatedAttribute attribute, out TfValue? unknown)
    {
        unknown = null;
        TfValue document;
        if (attribute.Syntax.Value is HclFunctionCall { Name: "jsonencode", Arguments.Count: 1 } call)
        {
            document = body.Evaluate(call.Arguments[0]);
        }
        else if (attribute.Value is TfString text)
        {
            try
            {
                document = Encodings.FromJson(text.Value);
            }
            catch (TfEvaluationException)
            {
                return null;
            }
        }
        else
        {
            if (attribute.Value is TfUnknown u && !IsPolicyDocument(u)) unknown = u;
            return null;
        }
        if (document is TfUnknown whole)
        {
            unknown = whole;
            return null;
        }
        var statements = (document as TfObject)?.Get("Statement") switch
        {
            TfList list => list.Items,
            TfObject single => [single],
            _ => [],
        };
        return statements.OfType<TfObject>().Select(FromJson).ToList();
    }

    private static bool IsPolicyDocument(TfUnknown value) =>
        value.RefersTo?.StartsWith("data.aws_iam_policy_document.", StringComparison.Ordinal) == true ||
        value.RefersTo?.Contains(".data.aws_iam_policy_document.", StringComparison.Ordinal) == true;

    private static PolicyStatement FromJson(TfObject statement)
    {
        var principals = new List<(string, string)>();
        switch (statement.Get("Principal"))
        {
            case TfString { Value: "*" }:
                principals.Add(("*", "*"));
                break;
            case TfObject map:
                foreach (var (type, ids) in map.Attributes)
                {
                    principals.AddRange(Strings(ids).Select(id => (type, id)));
                }
                break;
        }
        var conditionKeys = (statement.Get("Condition") as TfObject)?.Attributes.Values.OfType<TfObject>()
            .SelectMany(test => test.Attributes.Keys).ToList() ?? [];
        return new PolicyStatement(
            (statement.Get("Effect") as TfString)?.Value ?? "Allow",
            Strings(statement.Get("Action")), Strings(statement.Get("NotAction")),
            Strings(statement.Get("Resource")), Strings(statement.Get("NotResource")),
            principals, conditionKeys);
    }

    /// <summary>A statement block of a <c>data "aws_iam_policy_document"</c>.</summary>
    public static PolicyStatement FromDocument(BlockView statement) => new(
        (statement.Get("effect") as TfString)?.Value ?? "Allow",
        Strings(statement.Get("actions")), Strings(statement.Get("not_actions")),
        Strings(statement.Get("resources")), Strings(statement.Get("not_resources")),
        statement.Blocks("principals").SelectMany(p => Strings(p.Get("identifiers")).Select(id => ((p.Get("type") as TfString)?.Value ?? "", id))).ToList(),
        statement.Blocks("condition").SelectMany(c => Strings(c.Get("variable"))).ToList());

    /// <summary>The known strings of a string or list of strings.</summary>
    public static IReadOnlyList<string> Strings(TfValue? value) => value switch
    {
        TfString s => [s.Value],
        TfList list => list.Items.OfType<TfString>().Select(s => s.Value).ToList(),
        _ => [],
    };

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
