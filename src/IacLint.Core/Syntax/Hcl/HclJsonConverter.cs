using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace IacLint.Syntax.Hcl;

/// <summary>
/// Writes a parsed file in the convention of the well-known hcl2json tool, so the parser can be checked against
/// HashiCorp's: blocks nested by type then labels with each body an element of an array; literals (numbers, bools,
/// null, strings, tuples and objects of them) as JSON values; templates as their text with interpolations as
/// <c>${…}</c> and directives as <c>%{…}</c> (literal <c>${</c> and <c>%{</c> escaped as <c>$${</c>, <c>%%{</c>); every
/// other expression as <c>"${" + source + "}"</c>.
/// </summary>
public static class HclJsonConverter
{
    public static JsonObject Convert(HclFile file) => ConvertBody(file.Source, file.Body);

    private static JsonObject ConvertBody(SourceText source, HclBody body)
    {
        var result = new JsonObject();
        foreach (var block in body.Blocks)
        {
            var target = result;
            var key = block.Type;
            foreach (var label in block.Labels)
            {
                if (target[key] is not JsonObject next)
                {
                    next = new JsonObject();
                    target[key] = next;
                }
                target = next;
                key = label.Value;
            }
            if (target[key] is not JsonArray list)
            {
                list = new JsonArray();
                target[key] = list;
            }
            list.Add((JsonNode)ConvertBody(source, block.Body));
        }
        foreach (var attribute in body.Attributes)
        {
            result[attribute.Name] = ConvertExpression(source, attribute.Value);
        }
        return result;
    }

    public static JsonNode? ConvertExpression(SourceText source, HclExpression expression)
    {
        switch (expression)
        {
            case HclLiteral literal:
                return Literal(literal);
            case HclUnary { Operand: HclLiteral operand } unary:
                if (unary.Operator == "-" && operand.Kind == HclLiteralKind.Number) return JsonValue.Create(-ParseNumber(operand.Text!));
                if (unary.Operator == "!" && operand.Kind == HclLiteralKind.Bool) return JsonValue.Create(operand.Text != "true");
                return Wrap(source, expression);
            case HclTemplate template:
                return JsonValue.Create(TemplateText(source, template));
            case HclTemplateWrap wrap:
                return ConvertExpression(source, wrap.Wrapped);
            case HclTuple tuple:
            {
                var array = new JsonArray();
                foreach (var item in tuple.Items) array.Add(ConvertExpression(source, item));
                return array;
            }
            case HclObject obj:
            {
                var result = new JsonObject();
                foreach (var item in obj.Items) result[Key(source, item)] = ConvertExpression(source, item.Value);
                return result;
            }
            default:
                return Wrap(source, expression);
        }
    }

    private static string Key(SourceText source, HclObjectItem item) => item.Key switch
    {
        HclVariable variable when item.KeyIsBareIdentifier => variable.Name,
        HclVariable or HclGetAttribute or HclIndex => SourceOf(source, item.Key),
        HclTemplate template => TemplateText(source, template),
        HclTemplateWrap wrap => StringPart(source, wrap.Wrapped),
        HclLiteral literal => Literal(literal)?.ToJsonString().Trim('"') ?? "null",
        _ => "${" + SourceOf(source, item.Key) + "}",
    };

    private static string TemplateText(SourceText source, HclTemplate template)
    {
        var builder = new StringBuilder();
        foreach (var part in template.Parts) builder.Append(StringPart(source, part));
        return builder.ToString();
    }

    private static string StringPart(SourceText source, HclExpression part) => part switch
    {
        HclLiteral { Kind: HclLiteralKind.String } literal => EscapeTemplateLiteral(literal.Text ?? ""),
        HclTemplate template => TemplateText(source, template),
        HclTemplateWrap wrap => StringPart(source, wrap.Wrapped),
        HclTemplateIf directive => "%{if " + SourceOf(source, directive.Condition) + "}" + TemplateText(source, directive.WhenTrue) +
                                   (directive.WhenFalse is { Parts.Count: > 0 } f ? "%{else}" + TemplateText(source, f) : "") + "%{endif}",
        HclTemplateFor loop => "%{for " + (loop.KeyVariable is null ? "" : loop.KeyVariable + ", ") + loop.ValueVariable + " in " +
                               SourceOf(source, loop.Collection) + "}" + TemplateText(source, loop.Body) + "%{endfor}",
        _ => "${" + SourceOf(source, part) + "}",
    };

    private static string EscapeTemplateLiteral(string text) =>
        text.Replace("${", "$${", StringComparison.Ordinal).Replace("%{", "%%{", StringComparison.Ordinal);

    private static JsonNode? Literal(HclLiteral literal) => literal.Kind switch
    {
        HclLiteralKind.Number => JsonValue.Create(ParseNumber(literal.Text!)),
        HclLiteralKind.Bool => JsonValue.Create(literal.Text == "true"),
        HclLiteralKind.Null => null,
        _ => JsonValue.Create(EscapeTemplateLiteral(literal.Text ?? "")),
    };

    private static double ParseNumber(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static JsonNode Wrap(SourceText source, HclExpression expression) => JsonValue.Create("${" + SourceOf(source, expression) + "}");

    public static string SourceOf(SourceText source, HclNode node) =>
        source.Text.Substring(node.Span.StartOffset, node.Span.EndOffset - node.Span.StartOffset);
}
