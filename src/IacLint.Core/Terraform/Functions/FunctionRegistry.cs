using System.Globalization;
using System.Net;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using IacLint.Terraform.Evaluation;
using IacLint.Terraform.Values;

namespace IacLint.Terraform.Functions;

/// <summary>
/// Terraform's built-in functions that are pure: strings, collections, numbers, encodings, hashes, CIDR, type
/// conversion, and <c>file</c>/<c>templatefile</c>/<c>fileexists</c> confined to the scan root. Impure ones
/// (<c>timestamp</c>, <c>uuid</c>, <c>bcrypt</c>…) return unknown. Unknown arguments give unknown results.
/// </summary>
public sealed class FunctionRegistry
{
    /// <summary>A function's body; <paramref name="registry"/> is the registry it is called through (its files,
    /// its template evaluator, its pattern cache).</summary>
    private delegate TfValue Function(FunctionRegistry registry, IReadOnlyList<TfValue> args);

    /// <summary>The built-in functions, built once for the process: a registry per module instance used to build
    /// its own table of 150 delegates (20 MB for eight copies of the terraform corpus).</summary>
    private static readonly Dictionary<string, Function> BuiltIns = new(StringComparer.Ordinal);

    private static readonly HashSet<string> BuiltInsAcceptingUnknown = new(StringComparer.Ordinal) { "coalesce", "length", "type" };

    /// <summary>Functions added by <see cref="Register"/>, with whether each accepts unknown arguments.</summary>
    private Dictionary<string, (Function Function, bool AcceptsUnknown)>? _registered;

    private readonly Func<string, TfObject, TfValue>? _templateEvaluator;

    static FunctionRegistry()
    {
        RegisterStrings();
        RegisterCollections();
        RegisterNumbers();
        RegisterEncodings();
        RegisterConversions();
        RegisterNetwork();
        RegisterFiles();
        foreach (var impure in new[] { "timestamp", "uuid", "uuidv5", "bcrypt", "plantimestamp", "ephemeralasnull" })
        {
            Add(impure, _ => new TfUnknown($"{impure}() is known only at apply time"));
        }
    }

    /// <param name="scanRoot">Files outside this folder (after resolving symbolic links) are never read; null: the
    /// file functions are not available (variable defaults and tfvars, where Terraform allows no function calls).</param>
    /// <param name="workingDirectory">The root module's folder: Terraform resolves relative paths in <c>file()</c>
    /// from its working directory, and <c>path.module</c> is relative to it.</param>
    /// <param name="templateEvaluator">Renders <c>templatefile</c> templates; null disables it.</param>
    public FunctionRegistry(string? scanRoot, string workingDirectory, Func<string, TfObject, TfValue>? templateEvaluator = null)
    {
        ScanRoot = scanRoot is null ? null : Path.GetFullPath(scanRoot);
        WorkingDirectory = workingDirectory;
        _templateEvaluator = templateEvaluator;
    }

    /// <summary>For values Terraform requires to be constant: no file is ever read.</summary>
    public static FunctionRegistry ForConstants() => new(null, ".");

    public string? ScanRoot { get; }

    public string WorkingDirectory { get; }

    public bool Has(string name) => _registered?.ContainsKey(name) == true || BuiltIns.ContainsKey(name);

    /// <summary>Adds or replaces a function: the seam through which a dialect built on Terraform's language
    /// (Terragrunt) adds its own. <paramref name="acceptsUnknown"/> lets the function see unknown arguments.</summary>
    public void Register(string name, Func<IReadOnlyList<TfValue>, TfValue> function, bool acceptsUnknown = false)
    {
        _registered ??= new(StringComparer.Ordinal);
        _registered[name] = ((_, args) => function(args), acceptsUnknown);
    }

    public TfValue Call(string name, IReadOnlyList<TfValue> args)
    {
        Function? function;
        bool acceptsUnknown;
        if (_registered is not null && _registered.TryGetValue(name, out var registered))
        {
            (function, acceptsUnknown) = registered;
        }
        else if (BuiltIns.TryGetValue(name, out function))
        {
            acceptsUnknown = BuiltInsAcceptingUnknown.Contains(name);
        }
        else
        {
            return new TfUnknown(name.Contains("::", StringComparison.Ordinal)
                ? $"provider function {name}() is evaluated by the provider"
                : $"{name}() is not a function IacLint evaluates");
        }
        if (!acceptsUnknown)
        {
            foreach (var arg in args)
            {
                if (!arg.IsWhollyKnown) return FirstUnknown(arg)!;
            }
        }
        TfValue result;
        // Failures common in real configurations are returned as error values by the functions themselves; what
        // still throws (a wrong argument type for most functions, invalid JSON) is rare and becomes one here.
        try
        {
            result = function(this, args);
        }
        catch (TfEvaluationException e)
        {
            return TfUnknown.Error(e.Message);
        }
        catch (RegexMatchTimeoutException)
        {
            return TfUnknown.Error($"{name}() took longer than the {RegexTimeout.TotalSeconds:0} s bound on pattern matching");
        }
        catch (Exception e) when (Engine.Guard.IsRecoverable(e))
        {
            // Terraform answers bad arguments with an error diagnostic; so do we, never with a crash.
            return TfUnknown.Error($"{name}() failed on its arguments: {e.Message}");
        }
        return CheckBounds(name, result);
    }

    /// <summary>Strings and collections that input controls are bounded, so a chain of doubling locals or a large
    /// setproduct cannot exhaust memory; reaching a bound is an error like any other.</summary>
    public const int MaxStringLength = 4 * 1024 * 1024;

    public const int MaxCollectionLength = 100_000;

    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private static TfValue CheckBounds(string name, TfValue result)
    {
        switch (result)
        {
            case TfString s when s.Value.Length > MaxStringLength:
                return TfUnknown.Error($"{name}() would produce a string of {s.Value.Length:N0} characters, more than the {MaxStringLength:N0} IacLint evaluates");
            case TfList l when l.Items.Count > MaxCollectionLength:
                return TfUnknown.Error($"{name}() would produce {l.Items.Count:N0} elements, more than the {MaxCollectionLength:N0} IacLint evaluates");
            case TfNumber n when !double.IsFinite(n.Value):
                return TfUnknown.Error($"{name}() gives a number outside the range IacLint evaluates ({n.Value.ToString(CultureInfo.InvariantCulture)})");
            default:
                return result;
        }
    }

    /// <summary>Terraform's patterns are RE2: no backtracking constructs, so the non-backtracking engine keeps
    /// matching linear in the input; the timeout is a second guard. Compiled patterns are cached per registry.</summary>
    private Regex Pattern(string pattern)
    {
        if (_patterns.TryGetValue(pattern, out var cached)) return cached;
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (NotSupportedException)
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException e)
        {
            throw new TfEvaluationException($"invalid regular expression \"{pattern}\": {e.Message}");
        }
        if (_patterns.Count < 256) _patterns[pattern] = regex;
        return regex;
    }

    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    private static TfUnknown? FirstUnknown(TfValue value) => value switch
    {
        TfUnknown u => u,
        TfList l => l.Items.Select(FirstUnknown).FirstOrDefault(u => u is not null),
        TfObject o => o.Attributes.Values.Select(FirstUnknown).FirstOrDefault(u => u is not null),
        _ => null,
    };

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static string Str(IReadOnlyList<TfValue> args, int i) =>
        TryStr(args, i, out var s, out var error) ? s : throw new TfEvaluationException(error.Reason);

    /// <summary>Argument <paramref name="i"/> as a string, or false with the error the call returns.</summary>
    private static bool TryStr(IReadOnlyList<TfValue> args, int i, out string text, out TfUnknown error)
    {
        error = NoError;
        if (i < args.Count && TfConvert.TryString(args[i], out text)) return true;
        text = "";
        error = TfUnknown.Error($"argument {i + 1} must be a string");
        return false;
    }

    private static readonly TfUnknown NoError = TfUnknown.Error("");

    private static double Num(IReadOnlyList<TfValue> args, int i) =>
        i < args.Count && TfConvert.TryNumber(args[i], out var n) ? n : throw new TfEvaluationException($"argument {i + 1} must be a number");

    private static int Int(IReadOnlyList<TfValue> args, int i) => (int)Num(args, i);

    private static IReadOnlyList<TfValue> List(IReadOnlyList<TfValue> args, int i) =>
        i < args.Count && args[i] is TfList list ? list.Items
        : i < args.Count && args[i] is TfObject obj ? TfConvert.Elements(obj)!
        : throw new TfEvaluationException($"argument {i + 1} must be a list");

    private static TfObject Map(IReadOnlyList<TfValue> args, int i) =>
        i < args.Count && args[i] is TfObject obj ? obj : throw new TfEvaluationException($"argument {i + 1} must be a map or object");

    private static void Arity(IReadOnlyList<TfValue> args, int min, int max = -1)
    {
        if (args.Count < min || (max >= 0 && args.Count > max)) throw new TfEvaluationException($"wrong number of arguments ({args.Count})");
    }

    private static TfList Strings(IEnumerable<string> values) => new(values.Select(v => (TfValue)new TfString(v)).ToList());

    private static TfValue Distinct(IEnumerable<TfValue> values)
    {
        var result = new List<TfValue>();
        foreach (var value in values)
        {
            if (!result.Any(existing => Operators.ValueEquals(existing, value))) result.Add(value);
        }
        return new TfList(result);
    }

    private static void Add(string name, Func<IReadOnlyList<TfValue>, TfValue> function) => BuiltIns[name] = (_, args) => function(args);

    /// <summary>A function that needs the registry it is called through.</summary>
    private static void Add(string name, Function function) => BuiltIns[name] = function;

    // ---- strings ------------------------------------------------------------------------------------------------

    private static void RegisterStrings()
    {
        Add("lower", a => new TfString(Str(a, 0).ToLowerInvariant()));
        Add("upper", a => new TfString(Str(a, 0).ToUpperInvariant()));
        Add("title", a => new TfString(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Str(a, 0))));
        Add("trimspace", a => new TfString(Str(a, 0).Trim()));
        Add("trim", a => new TfString(Str(a, 0).Trim(Str(a, 1).ToCharArray())));
        Add("trimprefix", a => new TfString(Str(a, 0).StartsWith(Str(a, 1), StringComparison.Ordinal) ? Str(a, 0)[Str(a, 1).Length..] : Str(a, 0)));
        Add("trimsuffix", a => new TfString(Str(a, 0).EndsWith(Str(a, 1), StringComparison.Ordinal) ? Str(a, 0)[..^Str(a, 1).Length] : Str(a, 0)));
        Add("chomp", a => new TfString(Str(a, 0).TrimEnd('\n', '\r')));
        Add("strrev", a => new TfString(new string(Str(a, 0).Reverse().ToArray())));
        Add("startswith", a => TfValue.Bool(Str(a, 0).StartsWith(Str(a, 1), StringComparison.Ordinal)));
        Add("endswith", a => TfValue.Bool(Str(a, 0).EndsWith(Str(a, 1), StringComparison.Ordinal)));
        Add("strcontains", a => TfValue.Bool(Str(a, 0).Contains(Str(a, 1), StringComparison.Ordinal)));
        Add("indent", a =>
        {
            var spaces = Int(a, 0);
            if (spaces < 0 || spaces > 1024) throw new TfEvaluationException($"indent() needs a number of spaces from 0 to 1024, not {spaces}");
            return new TfString(Str(a, 1).Replace("\n", "\n" + new string(' ', spaces), StringComparison.Ordinal));
        });
        Add("split", a => Strings(Str(a, 1).Split(Str(a, 0))));
        Add("join", a =>
        {
            Arity(a, 2);
            var parts = new List<string>();
            for (var i = 1; i < a.Count; i++)
            {
                foreach (var item in List(a, i)) parts.Add(TfConvert.TryString(item, out var s) ? s : throw new TfEvaluationException("join needs a list of strings"));
            }
            return new TfString(string.Join(Str(a, 0), parts));
        });
        Add("substr", a =>
        {
            var text = Str(a, 0);
            var offset = Int(a, 1);
            var length = Int(a, 2);
            if (offset < 0) offset = Math.Max(0, text.Length + offset);
            if (offset > text.Length) throw new TfEvaluationException("substr offset is out of range");
            if (length < 0 || offset + length > text.Length) length = text.Length - offset;
            return new TfString(text.Substring(offset, length));
        });
        Add("replace", (r, a) =>
        {
            var text = Str(a, 0);
            var search = Str(a, 1);
            var replacement = Str(a, 2);
            if (search.Length > 2 && search[0] == '/' && search[^1] == '/')
            {
                var regex = r.Pattern(search[1..^1]);
                return new TfString(regex.Replace(text, replacement.Replace("$", "$$", StringComparison.Ordinal).Replace("$$1", "$1", StringComparison.Ordinal)));
            }
            if (search.Length == 0)
            {
                // Go's strings.Replace with an empty search inserts the replacement before every character and at the end.
                if ((long)(text.Length + 1) * replacement.Length + text.Length > MaxStringLength) throw new TfEvaluationException("replace() would produce a string longer than IacLint evaluates");
                var builder = new StringBuilder(replacement);
                foreach (var rune in text.EnumerateRunes()) builder.Append(rune.ToString()).Append(replacement);
                return new TfString(builder.ToString());
            }
            return new TfString(text.Replace(search, replacement, StringComparison.Ordinal));
        });
        Add("regex", (r, a) =>
        {
            var match = r.Pattern(Str(a, 0)).Match(Str(a, 1));
            if (!match.Success) throw new TfEvaluationException("regex() found no match");
            return RegexResult(match);
        });
        Add("regexall", (r, a) => new TfList(r.Pattern(Str(a, 0)).Matches(Str(a, 1)).Take(MaxCollectionLength + 1).Select(RegexResult).ToList()));
        Add("format", a => new TfString(Format(Str(a, 0), a.Skip(1).ToList())));
        Add("formatlist", a =>
        {
            var lengths = a.Skip(1).OfType<TfList>().Select(l => l.Items.Count).Distinct().ToList();
            if (lengths.Count > 1) throw new TfEvaluationException("formatlist() needs lists of the same length");
            var count = lengths.DefaultIfEmpty(1).Single();
            var result = new List<TfValue>();
            for (var i = 0; i < count; i++)
            {
                var row = a.Skip(1).Select(v => v is TfList l ? l.Items[i] : v).ToList();
                result.Add(new TfString(Format(Str(a, 0), row)));
            }
            return new TfList(result);
        });
    }

    private static TfValue RegexResult(Match match)
    {
        if (match.Groups.Count == 1) return new TfString(match.Value);
        var names = match.Groups.Keys.Where(k => !int.TryParse(k, out _)).ToList();
        if (names.Count > 0) return new TfObject(names.ToDictionary(n => n, n => (TfValue)new TfString(match.Groups[n].Value), StringComparer.Ordinal));
        return Strings(match.Groups.Values.Skip(1).Select(g => g.Value));
    }

    private static string Format(string format, IReadOnlyList<TfValue> args)
    {
        var builder = new StringBuilder();
        var next = 0;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%')
            {
                builder.Append(c);
                continue;
            }
            if (i + 1 < format.Length && format[i + 1] == '%')
            {
                builder.Append('%');
                i++;
                continue;
            }
            var j = i + 1;
            while (j < format.Length && (char.IsAsciiDigit(format[j]) || format[j] is '.' or '-' or '+' or '#' or ' ')) j++;
            if (j >= format.Length) throw new TfEvaluationException("format string ends in the middle of a verb");
            var flags = format[(i + 1)..j];
            var verb = format[j];
            if (next >= args.Count) throw new TfEvaluationException("not enough arguments for the format string");
            var arg = args[next++];
            var text = verb switch
            {
                's' or 'v' => TfConvert.TryString(arg, out var s) ? s : Encodings.ToJson(arg),
                'q' => Encodings.ToJson(arg is TfString ? arg : new TfString(TfConvert.TryString(arg, out var q) ? q : "")),
                'd' => ((long)(TfConvert.TryNumber(arg, out var d) ? d : throw new TfEvaluationException("%d needs a number"))).ToString(CultureInfo.InvariantCulture),
                'f' => (TfConvert.TryNumber(arg, out var f) ? f : 0).ToString("F" + Precision(flags), CultureInfo.InvariantCulture),
                't' => TfConvert.TryBool(arg, out var t) ? (t ? "true" : "false") : throw new TfEvaluationException("%t needs a bool"),
                'x' => TfConvert.TryNumber(arg, out var x) ? ((long)x).ToString("x", CultureInfo.InvariantCulture) : Convert.ToHexStringLower(Encoding.UTF8.GetBytes(TfConvert.TryString(arg, out var xs) ? xs : "")),
                _ => throw new TfEvaluationException($"unsupported format verb %{verb}"),
            };
            var width = flags.TrimStart('-', '+', '#', ' ').Split('.')[0];
            if (width.Length > 0 && (!int.TryParse(width, out var pad) || pad > 10_000))
            {
                throw new TfEvaluationException($"format width {width} is larger than the 10000 IacLint evaluates");
            }
            if (int.TryParse(width, out pad) && pad > text.Length)
            {
                text = flags.StartsWith('-') ? text.PadRight(pad) : (flags.StartsWith('0') && verb == 'd' ? text.PadLeft(pad, '0') : text.PadLeft(pad));
            }
            builder.Append(text);
            i = j;
        }
        return builder.ToString();
    }

    private static int Precision(string flags)
    {
        if (!flags.Contains('.')) return 6;
        var digits = flags[(flags.IndexOf('.') + 1)..];
        if (digits.Length == 0) return 0;
        return int.TryParse(digits, out var precision) && precision <= 100 ? precision : throw new TfEvaluationException($"format precision .{digits} is larger than the 100 IacLint evaluates");
    }

    // ---- collections --------------------------------------------------------------------------------------------

    private static void RegisterCollections()
    {
        Add("length", a =>
        {
            Arity(a, 1, 1);
            return a[0] switch
            {
                TfUnknown u => u,
                TfList l => new TfNumber(l.Items.Count),
                TfObject o when o.ResourceAddress is null => new TfNumber(o.Attributes.Count),
                TfString s => new TfNumber(new StringInfo(s.Value).LengthInTextElements),
                _ => throw new TfEvaluationException("length() needs a list, map or string"),
            };
        });
        Add("concat", a => new TfList(a.SelectMany((_, i) => List(a, i)).ToList()));
        Add("merge", a =>
        {
            // Sized for all the keys: merge(local.tags, {...}) on every resource grew its dictionary step by step.
            var capacity = 0;
            for (var i = 0; i < a.Count; i++) capacity += a[i] is TfObject o ? o.Attributes.Count : 0;
            var result = new Dictionary<string, TfValue>(capacity, StringComparer.Ordinal);
            for (var i = 0; i < a.Count; i++)
            {
                if (a[i] is TfNull) continue;
                foreach (var (k, v) in Map(a, i).Attributes) result[k] = v;
            }
            return new TfObject(result);
        });
        Add("lookup", a =>
        {
            Arity(a, 2, 3);
            var map = Map(a, 0);
            if (map.Attributes.TryGetValue(Str(a, 1), out var value)) return value;
            return a.Count == 3 ? a[2] : throw new TfEvaluationException($"lookup() found no key \"{Str(a, 1)}\" and has no default");
        });
        Add("element", a =>
        {
            var list = List(a, 0);
            if (list.Count == 0) throw new TfEvaluationException("element() of an empty list");
            var index = Int(a, 1);
            if (index < 0) throw new TfEvaluationException("element() index must not be negative");
            return list[index % list.Count];
        });
        Add("index", a =>
        {
            var list = List(a, 0);
            for (var i = 0; i < list.Count; i++)
            {
                if (Operators.ValueEquals(list[i], a[1])) return new TfNumber(i);
            }
            throw new TfEvaluationException("index() did not find the value in the list");
        });
        Add("contains", a => TfValue.Bool(List(a, 0).Any(v => Operators.ValueEquals(v, a[1]))));
        Add("keys", a => Strings(Map(a, 0).Attributes.Keys.Order(StringComparer.Ordinal)));
        Add("values", a => new TfList(TfConvert.Elements(Map(a, 0))!.ToList()));
        Add("flatten", a => new TfList(Flatten(List(a, 0)).ToList()));
        Add("distinct", a => Distinct(List(a, 0)));
        Add("compact", a => new TfList(List(a, 0).Where(v => v is not TfNull && !(v is TfString { Value: "" })).ToList()));
        Add("coalesce", a =>
        {
            foreach (var value in a)
            {
                if (value is TfUnknown) return value;
                if (value is TfNull || value is TfString { Value: "" }) continue;
                return value;
            }
            return TfUnknown.Error("coalesce() found no non-null, non-empty argument");
        });
        Add("coalescelist", a =>
        {
            for (var i = 0; i < a.Count; i++)
            {
                if (List(a, i).Count > 0) return a[i];
            }
            throw new TfEvaluationException("coalescelist() found no non-empty list");
        });
        Add("slice", a =>
        {
            var list = List(a, 0);
            var start = Int(a, 1);
            var end = Int(a, 2);
            if (start < 0 || end > list.Count || start > end) throw new TfEvaluationException("slice() indexes are out of range");
            return new TfList(list.Skip(start).Take(end - start).ToList());
        });
        Add("reverse", a => new TfList(List(a, 0).Reverse().ToList()));
        Add("sort", a => Strings(List(a, 0).Select(v => TfConvert.TryString(v, out var s) ? s : throw new TfEvaluationException("sort() needs strings")).Order(StringComparer.Ordinal)));
        Add("range", a =>
        {
            Arity(a, 1, 3);
            double start = 0, limit, step = 1;
            if (a.Count == 1) limit = Num(a, 0);
            else
            {
                start = Num(a, 0);
                limit = Num(a, 1);
                if (a.Count == 3) step = Num(a, 2);
                else if (limit < start) step = -1;
            }
            if (step == 0) throw new TfEvaluationException("range() step must not be zero");
            var result = new List<TfValue>();
            for (var v = start; step > 0 ? v < limit : v > limit; v += step)
            {
                result.Add(new TfNumber(v));
                if (result.Count > 1024) throw new TfEvaluationException("range() would produce more than 1024 elements");
            }
            return new TfList(result);
        });
        Add("zipmap", a =>
        {
            var keys = List(a, 0);
            var values = List(a, 1);
            if (keys.Count != values.Count) throw new TfEvaluationException("zipmap() lists differ in length");
            // A repeated key keeps its last value, as in Terraform.
            var result = new Dictionary<string, TfValue>(StringComparer.Ordinal);
            for (var i = 0; i < keys.Count; i++) result[TfConvert.TryString(keys[i], out var key) ? key : throw new TfEvaluationException("zipmap() keys must be strings")] = values[i];
            return new TfObject(result);
        });
        Add("one", a =>
        {
            var list = List(a, 0);
            return list.Count switch
            {
                0 => TfValue.Null,
                1 => list[0],
                _ => throw new TfEvaluationException("one() needs a list of at most one element"),
            };
        });
        Add("alltrue", a => TfValue.Bool(List(a, 0).All(v => TfConvert.TryBool(v, out var b) && b)));
        Add("anytrue", a => TfValue.Bool(List(a, 0).Any(v => TfConvert.TryBool(v, out var b) && b)));
        Add("sum", a => new TfNumber(List(a, 0).Sum(v => TfConvert.TryNumber(v, out var n) ? n : throw new TfEvaluationException("sum() needs numbers"))));
        Add("setunion", a => Distinct(a.SelectMany((_, i) => List(a, i))));
        Add("setintersection", a => Distinct(List(a, 0).Where(v => a.Skip(1).Select((_, i) => List(a, i + 1)).All(l => l.Any(x => Operators.ValueEquals(x, v))))));
        Add("setsubtract", a => Distinct(List(a, 0).Where(v => !List(a, 1).Any(x => Operators.ValueEquals(x, v)))));
        Add("setproduct", a =>
        {
            long size = 1;
            for (var i = 0; i < a.Count; i++) size = Math.Min(size * List(a, i).Count, MaxCollectionLength + 1L);
            if (size > MaxCollectionLength) throw new TfEvaluationException($"setproduct() would produce more than {MaxCollectionLength:N0} elements");
            IEnumerable<List<TfValue>> product = [[]];
            for (var i = 0; i < a.Count; i++)
            {
                var list = List(a, i);
                product = product.SelectMany(prefix => list.Select(item => prefix.Append(item).ToList())).ToList();
            }
            return new TfList(product.Select(p => (TfValue)new TfList(p)).ToList());
        });
        Add("chunklist", a =>
        {
            var list = List(a, 0);
            var size = Int(a, 1);
            if (size <= 0) return new TfList([new TfList(list.ToList())]);
            return new TfList(list.Chunk(size).Select(c => (TfValue)new TfList(c)).ToList());
        });
        Add("transpose", a =>
        {
            var result = new SortedDictionary<string, List<TfValue>>(StringComparer.Ordinal);
            foreach (var (key, value) in Map(a, 0).Attributes)
            {
                foreach (var item in TfConvert.Elements(value) ?? [])
                {
                    var name = TfConvert.TryString(item, out var s) ? s : "";
                    if (!result.TryGetValue(name, out var list)) result[name] = list = [];
                    list.Add(new TfString(key));
                }
            }
            return new TfObject(result.ToDictionary(p => p.Key, p => (TfValue)new TfList(p.Value), StringComparer.Ordinal));
        });
        Add("matchkeys", a =>
        {
            var values = List(a, 0);
            var keys = List(a, 1);
            var search = List(a, 2);
            return new TfList(values.Where((_, i) => search.Any(s => Operators.ValueEquals(s, keys[i]))).ToList());
        });
    }

    private static IEnumerable<TfValue> Flatten(IEnumerable<TfValue> items)
    {
        foreach (var item in items)
        {
            if (item is TfList list)
            {
                foreach (var inner in Flatten(list.Items)) yield return inner;
            }
            else
            {
                yield return item;
            }
        }
    }

    // ---- numbers ------------------------------------------------------------------------------------------------

    private static void RegisterNumbers()
    {
        Add("min", a =>
        {
            Arity(a, 1);
            return new TfNumber(a.Select((_, i) => Num(a, i)).Min());
        });
        Add("max", a =>
        {
            Arity(a, 1);
            return new TfNumber(a.Select((_, i) => Num(a, i)).Max());
        });
        Add("abs", a => new TfNumber(Math.Abs(Num(a, 0))));
        Add("ceil", a => new TfNumber(Math.Ceiling(Num(a, 0))));
        Add("floor", a => new TfNumber(Math.Floor(Num(a, 0))));
        Add("pow", a => new TfNumber(Math.Pow(Num(a, 0), Num(a, 1))));
        Add("log", a => new TfNumber(Math.Log(Num(a, 0), Num(a, 1))));
        Add("signum", a => new TfNumber(Math.Sign(Num(a, 0))));
        Add("parseint", a =>
        {
            var text = Str(a, 0);
            var radix = Int(a, 1);
            try
            {
                return new TfNumber(Convert.ToInt64(text, radix));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
            {
                throw new TfEvaluationException($"parseint() cannot parse \"{text}\" in base {radix}");
            }
        });
    }

    // ---- encodings and hashes -----------------------------------------------------------------------------------

    private static void RegisterEncodings()
    {
        Add("jsonencode", a => new TfString(Encodings.ToJson(a[0])));
        Add("jsondecode", a => TryStr(a, 0, out var text, out var error) ? Encodings.FromJson(text) : error);
        Add("yamldecode", a => TryStr(a, 0, out var text, out var error) ? Encodings.FromYaml(text) : error);
        Add("yamlencode", a => new TfString(Encodings.ToJson(a[0]) + "\n"));
        Add("base64encode", a => new TfString(Convert.ToBase64String(Encoding.UTF8.GetBytes(Str(a, 0)))));
        Add("base64decode", a =>
        {
            var text = Str(a, 0);
            var bytes = new byte[text.Length / 4 * 3 + 3];
            return Convert.TryFromBase64String(text, bytes, out var written)
                ? new TfString(Encoding.UTF8.GetString(bytes, 0, written))
                : TfUnknown.Error("base64decode() needs base64 text");
        });
        Add("urlencode", a => new TfString(Uri.EscapeDataString(Str(a, 0))));
        Add("csvdecode", a =>
        {
            var lines = Str(a, 0).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToList();
            if (lines.Count == 0) return new TfList([]);
            var header = lines[0];
            return new TfList(lines.Skip(1).Select(row => (TfValue)new TfObject(header.Select((h, i) => (h, (TfValue)new TfString(i < row.Length ? row[i] : ""))).ToDictionary(p => p.h, p => p.Item2, StringComparer.Ordinal))).ToList());
        });
        Add("md5", a => new TfString(Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(Str(a, 0))))));
        Add("sha1", a => new TfString(Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(Str(a, 0))))));
        Add("sha256", a => new TfString(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Str(a, 0))))));
        Add("sha512", a => new TfString(Convert.ToHexStringLower(SHA512.HashData(Encoding.UTF8.GetBytes(Str(a, 0))))));
        Add("base64sha256", a => new TfString(Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Str(a, 0))))));
        Add("base64sha512", a => new TfString(Convert.ToBase64String(SHA512.HashData(Encoding.UTF8.GetBytes(Str(a, 0))))));
    }

    // ---- type conversion ----------------------------------------------------------------------------------------

    private static void RegisterConversions()
    {
        Add("tostring", a => a[0] is TfNull ? a[0] : TfConvert.TryString(a[0], out var s) ? new TfString(s) : throw new TfEvaluationException($"cannot convert {a[0].TypeName} to string"));
        Add("tonumber", a => a[0] is TfNull ? a[0] : TfConvert.TryNumber(a[0], out var n) ? new TfNumber(n) : throw new TfEvaluationException($"cannot convert {a[0].TypeName} to number"));
        Add("tobool", a => a[0] is TfNull ? a[0] : TfConvert.TryBool(a[0], out var b) ? TfValue.Bool(b) : throw new TfEvaluationException($"cannot convert {a[0].TypeName} to bool"));
        Add("tolist", a => new TfList(List(a, 0).ToList()));
        Add("toset", a => Distinct(List(a, 0)));
        Add("tomap", a => Map(a, 0));
        Add("type", a => new TfString(a[0].TypeName));
        Add("sensitive", a => a[0]);
        Add("nonsensitive", a => a[0]);
        Add("issensitive", _ => TfValue.False);
    }

    // ---- network ------------------------------------------------------------------------------------------------

    private static void RegisterNetwork()
    {
        Add("cidrhost", a =>
        {
            var (network, prefix, bits) = Cidr(Str(a, 0));
            var host = new BigInteger(Num(a, 1));
            var size = BigInteger.One << (bits - prefix);
            if (host < 0) host += size;
            if (host < 0 || host >= size) throw new TfEvaluationException("cidrhost() host number is out of range");
            return new TfString(FormatAddress(network + host, bits));
        });
        Add("cidrnetmask", a =>
        {
            var (_, prefix, bits) = Cidr(Str(a, 0));
            if (bits != 32) throw new TfEvaluationException("cidrnetmask() works only on IPv4 prefixes");
            var mask = prefix == 0 ? BigInteger.Zero : ((BigInteger.One << prefix) - 1) << (32 - prefix);
            return new TfString(FormatAddress(mask, 32));
        });
        Add("cidrsubnet", a =>
        {
            var (network, prefix, bits) = Cidr(Str(a, 0));
            var newBits = Int(a, 1);
            var number = new BigInteger(Num(a, 2));
            if (prefix + newBits > bits) throw new TfEvaluationException("cidrsubnet() would need more bits than the address has");
            if (number < 0 || number >= BigInteger.One << newBits) throw new TfEvaluationException("cidrsubnet() network number is out of range");
            var subnet = network + (number << (bits - prefix - newBits));
            return new TfString($"{FormatAddress(subnet, bits)}/{prefix + newBits}");
        });
        Add("cidrsubnets", a =>
        {
            var (network, prefix, bits) = Cidr(Str(a, 0));
            var current = network;
            var result = new List<TfValue>();
            for (var i = 1; i < a.Count; i++)
            {
                var length = prefix + Int(a, i);
                if (length > bits) throw new TfEvaluationException("cidrsubnets() would need more bits than the address has");
                var size = BigInteger.One << (bits - length);
                if (current % size != 0) current = (current / size + 1) * size;
                result.Add(new TfString($"{FormatAddress(current, bits)}/{length}"));
                current += size;
            }
            return new TfList(result);
        });
    }

    private static (BigInteger Network, int Prefix, int Bits) Cidr(string cidr)
    {
        var slash = cidr.IndexOf('/');
        if (slash < 0 || !IPAddress.TryParse(cidr[..slash], out var address) || !int.TryParse(cidr[(slash + 1)..], out var prefix))
        {
            throw new TfEvaluationException($"\"{cidr}\" is not a CIDR prefix");
        }
        var bytes = address.GetAddressBytes();
        var bits = bytes.Length * 8;
        if (prefix < 0 || prefix > bits) throw new TfEvaluationException($"\"{cidr}\" has an invalid prefix length");
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        var hostBits = bits - prefix;
        value = value >> hostBits << hostBits;
        return (value, prefix, bits);
    }

    private static string FormatAddress(BigInteger value, int bits)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var full = new byte[bits / 8];
        Array.Copy(bytes, 0, full, full.Length - bytes.Length, bytes.Length);
        return new IPAddress(full).ToString();
    }

    // ---- files --------------------------------------------------------------------------------------------------

    private static void RegisterFiles()
    {
        Add("file", (r, a) => r.ReadFile(a, out var text) ?? (TfValue)new TfString(text));
        Add("fileexists", (r, a) => TfValue.Bool(r.Resolve(Str(a, 0)) is { } path && File.Exists(path) && Discovery.FileKinds.IsRegularOrUnknown(path)));
        Add("filebase64", (r, a) => r.ReadFile(a, out var text) ?? (TfValue)new TfString(Convert.ToBase64String(Encoding.UTF8.GetBytes(text))));
        Add("templatefile", (r, a) =>
        {
            if (r._templateEvaluator is null) return new TfUnknown("templatefile() is not available here");
            var variables = a.Count > 1 ? Map(a, 1) : new TfObject(new Dictionary<string, TfValue>());
            return r.ReadFile(a, out var text) ?? r._templateEvaluator(text, variables);
        });
        Add("basename", a => new TfString(Path.GetFileName(Str(a, 0).TrimEnd('/'))));
        Add("dirname", a => new TfString(Path.GetDirectoryName(Str(a, 0))?.Replace('\\', '/') is { Length: > 0 } d ? d : "."));
        // An absolute path depends on the machine Terraform runs on, and would put this machine's paths into reports.
        Add("abspath", _ => new TfUnknown("abspath() depends on where Terraform runs"));
        Add("pathexpand", a => new TfString(Str(a, 0)));
        Add("fileset", (r, a) =>
        {
            var display = Str(a, 0);
            var directory = r.Resolve(display);
            if (directory is null || !Directory.Exists(directory)) return new TfList([]);
            var glob = Discovery.Glob.Parse(Str(a, 1));
            var found = new List<string>();
            r.CollectFiles(directory, directory, display, glob, found);
            return Strings(found.Order(StringComparer.Ordinal));
        });
    }

    /// <summary>Files under a folder for fileset(): links are followed only while they stay inside the scan root.</summary>
    private void CollectFiles(string top, string directory, string display, Discovery.Glob glob, List<string> found)
    {
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(top, entry.FullName).Replace('\\', '/');
            var path = entry.FullName;
            if (entry.LinkTarget is not null)
            {
                var (real, refusal) = Discovery.ConfinedFiles.Resolve(ScanRoot!, entry.FullName, $"{display.TrimEnd('/')}/{relative}");
                if (real is null) throw new TfEvaluationException($"fileset() found {refusal}");
                path = real;
            }
            if (Directory.Exists(path))
            {
                if (relative.Count(c => c == '/') < 32) CollectFiles(top, path, display, glob, found);
            }
            else if (glob.IsMatch(relative))
            {
                found.Add(relative);
                if (found.Count > MaxCollectionLength) throw new TfEvaluationException($"fileset() matches more than {MaxCollectionLength:N0} files");
            }
        }
    }

    /// <summary>The real path of a file named in the configuration, relative to the working directory, or null when
    /// it is outside the scan root.</summary>
    private string? Resolve(string path)
    {
        if (ScanRoot is null) throw new TfEvaluationException(NoFilesHere);
        if (path.Contains('\0')) throw new TfEvaluationException("a file path cannot contain a NUL character");
        return Discovery.ConfinedFiles.Resolve(ScanRoot, Path.Combine(WorkingDirectory, path), path).RealPath;
    }

    /// <summary>Reads the file named by the first argument into <paramref name="text"/>; the error when it cannot
    /// (a missing file is common: templates generated or kept elsewhere).</summary>
    private TfUnknown? ReadFile(IReadOnlyList<TfValue> args, out string text)
    {
        text = "";
        if (!TryStr(args, 0, out var path, out var notString)) return notString;
        if (ScanRoot is null) return TfUnknown.Error(NoFilesHere);
        var (read, problem) = Discovery.ConfinedFiles.ReadText(ScanRoot, Path.Combine(WorkingDirectory, path), path);
        if (read is null) return TfUnknown.Error($"file {problem}");
        text = read;
        return null;
    }

    private const string NoFilesHere = "files cannot be read here (Terraform allows no function calls in variable defaults and tfvars)";
}
