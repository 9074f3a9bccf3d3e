using IacLint.Syntax;

namespace IacLint.Kubernetes.Kustomize;

/// <summary>RFC 6902 JSON patches (add, remove, replace, move, copy, test) with RFC 6901 pointers, on the shared tree.</summary>
public static class JsonPatch
{
    public static DataNode Apply(DataNode document, DataArray operations, Action<string, SourceSpan> problem)
    {
        foreach (var operation in operations.Items.OfType<DataObject>())
        {
            var op = KubernetesObject.Text(operation.Find("op")?.Value);
            var path = KubernetesObject.Text(operation.Find("path")?.Value);
            if (op is null || path is null)
            {
                problem("A JSON patch operation needs op and path", operation.Span);
                continue;
            }
            var pointer = Parse(path);
            try
            {
                switch (op)
                {
                    case "add":
                        document = Set(document, pointer, 0, operation.Find("value")?.Value ?? Null(operation), insert: true);
                        break;
                    case "replace":
                        Get(document, pointer);
                        document = Set(document, pointer, 0, operation.Find("value")?.Value ?? Null(operation), insert: false);
                        break;
                    case "remove":
                        document = Remove(document, pointer, 0);
                        break;
                    case "move" or "copy":
                    {
                        var from = Parse(KubernetesObject.Text(operation.Find("from")?.Value) ?? throw new PatchException("needs from"));
                        var value = Get(document, from);
                        if (op == "move") document = Remove(document, from, 0);
                        document = Set(document, pointer, 0, value, insert: true);
                        break;
                    }
                    case "test":
                        if (!Same(Get(document, pointer), operation.Find("value")?.Value)) throw new PatchException("the test failed");
                        break;
                    default:
                        throw new PatchException($"unknown op \"{op}\"");
                }
            }
            catch (PatchException e)
            {
                problem($"JSON patch operation {op} {path} could not be applied: {e.Message}", operation.Span);
            }
        }
        return document;
    }

    private static DataScalar Null(DataNode at) => new(at.Span, ScalarKind.Null, null) { Source = at.Source };

    private static string[] Parse(string pointer)
    {
        if (pointer.Length == 0) return [];
        if (pointer[0] != '/') throw new PatchException($"\"{pointer}\" is not a JSON pointer");
        return pointer[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
    }

    private static DataNode Get(DataNode node, string[] pointer)
    {
        foreach (var segment in pointer)
        {
            node = node switch
            {
                DataObject obj => obj.Find(segment)?.Value ?? throw new PatchException($"no member \"{segment}\""),
                DataArray array when int.TryParse(segment, out var i) && i >= 0 && i < array.Items.Count => array.Items[i],
                _ => throw new PatchException($"cannot follow \"{segment}\""),
            };
        }
        return node;
    }

    private static DataNode Set(DataNode node, string[] pointer, int depth, DataNode value, bool insert)
    {
        if (depth == pointer.Length) return value;
        var segment = pointer[depth];
        var last = depth == pointer.Length - 1;
        switch (node)
        {
            case DataObject obj:
            {
                var properties = obj.Properties.ToList();
                var index = properties.FindIndex(p => p.Name == segment);
                if (index < 0)
                {
                    if (!last) throw new PatchException($"no member \"{segment}\"");
                    properties.Add(new DataProperty(segment, value.Span, value));
                }
                else
                {
                    properties[index] = properties[index] with { Value = Set(properties[index].Value, pointer, depth + 1, value, insert) };
                }
                return new DataObject(obj.Span, properties) { Source = obj.Source };
            }
            case DataArray array:
            {
                var items = array.Items.ToList();
                var index = segment == "-" ? items.Count : int.TryParse(segment, out var i) ? i : throw new PatchException($"\"{segment}\" is not an index");
                if (index < 0 || index > items.Count || (!(last && insert) && index == items.Count)) throw new PatchException($"index {segment} is out of range");
                if (last && insert) items.Insert(index, value);
                else items[index] = Set(items[index], pointer, depth + 1, value, insert);
                return new DataArray(array.Span, items) { Source = array.Source };
            }
            default:
                throw new PatchException($"cannot follow \"{segment}\"");
        }
    }

    private static DataNode Remove(DataNode node, string[] pointer, int depth)
    {
        if (pointer.Length == 0) throw new PatchException("cannot remove the whole document");
        var segment = pointer[depth];
        var last = depth == pointer.Length - 1;
        switch (node)
        {
            case DataObject obj:
            {
                var properties = obj.Properties.ToList();
                var index = properties.FindIndex(p => p.Name == segment);
                if (index < 0) throw new PatchException($"no member \"{segment}\"");
                if (last) properties.RemoveAt(index);
                else properties[index] = properties[index] with { Value = Remove(properties[index].Value, pointer, depth + 1) };
                return new DataObject(obj.Span, properties) { Source = obj.Source };
            }
            case DataArray array when int.TryParse(segment, out var i) && i >= 0 && i < array.Items.Count:
            {
                var items = array.Items.ToList();
                if (last) items.RemoveAt(i);
                else items[i] = Remove(items[i], pointer, depth + 1);
                return new DataArray(array.Span, items) { Source = array.Source };
            }
            default:
                throw new PatchException($"cannot follow \"{segment}\"");
        }
    }

    private static bool Same(DataNode? a, DataNode? b) => (a, b) switch
    {
        (DataScalar x, DataScalar y) => x.Text == y.Text,
        (DataArray x, DataArray y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(p => Same(p.First, p.Second)),
        (DataObject x, DataObject y) => x.Properties.Count == y.Properties.Count && x.Properties.All(p => Same(p.Value, y.Find(p.Name)?.Value)),
        _ => false,
    };

    private sealed class PatchException(string message) : Exception(message);
}
