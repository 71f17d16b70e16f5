using System.Text.Json;
using System.Text.RegularExpressions;

namespace Infra.Tests;

/// <summary>
/// Read-only view over a compiled ARM template: every resource, including those of nested deployments
/// (modules), with its symbolic name when the template has them (languageVersion 2.0) or a synthesised
/// resourceId expression when it does not, so relationships (dependsOn, scope) can be followed either way.
/// </summary>
public sealed partial class ArmTemplate
{
    private readonly List<ArmResource> _resources = [];

    private ArmTemplate(JsonElement json, string path, ArmTemplate? parent)
    {
        Json = json;
        Path = path;
        Parent = parent;
        UsesSymbolicNames = json.TryGetProperty("resources", out var resources) && resources.ValueKind == JsonValueKind.Object;
    }

    public JsonElement Json { get; }

    /// <summary>"main", or "main/storage" for the template of the module deployed as "storage".</summary>
    public string Path { get; }

    public ArmTemplate? Parent { get; }

    public bool UsesSymbolicNames { get; }

    /// <summary>Resources declared directly in this template (not in nested ones).</summary>
    public IReadOnlyList<ArmResource> Resources => _resources;

    public static ArmTemplate Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Load(document.RootElement.Clone());
    }

    public static ArmTemplate Load(JsonElement template, string path = "main") => Load(template, path, null);

    /// <summary>This template and every nested deployment's template, depth first.</summary>
    public IEnumerable<ArmTemplate> SelfAndNested()
    {
        yield return this;
        foreach (var nested in _resources.Select(resource => resource.NestedTemplate).OfType<ArmTemplate>())
        {
            foreach (var template in nested.SelfAndNested())
            {
                yield return template;
            }
        }
    }

    /// <summary>Every resource at any depth.</summary>
    public IEnumerable<ArmResource> AllResources() => SelfAndNested().SelectMany(template => template.Resources);

    /// <summary>Resolves a dependsOn entry (symbol or resourceId expression) to a resource of this template.</summary>
    public ArmResource? Resolve(string reference) =>
        _resources.FirstOrDefault(resource => string.Equals(resource.Reference, Normalise(reference), StringComparison.Ordinal));

    /// <summary>
    /// The resource another resource points at through <c>scope</c> or a resource id property. Bicep records
    /// the target in dependsOn, so the target is the dependency whose type is the type named in the expression.
    /// </summary>
    public ArmResource? ResolveTarget(ArmResource from, string? idExpression)
    {
        if (string.IsNullOrEmpty(idExpression))
        {
            return null;
        }

        var type = TypeNamedIn(idExpression);
        if (!UsesSymbolicNames)
        {
            // Without symbols the expression itself is the reference (resourceId('Type', name...)).
            var direct = Resolve(idExpression);
            if (direct is not null)
            {
                return direct;
            }
        }

        return from.DependsOn
            .Select(Resolve)
            .OfType<ArmResource>()
            .FirstOrDefault(candidate => type is null || string.Equals(candidate.Type, type, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The last resource type literal in an expression: resourceId('Microsoft.X/y', ...) gives Microsoft.X/y.</summary>
    public static string? TypeNamedIn(string expression)
    {
        var matches = ResourceTypeLiteral().Matches(expression);
        return matches.Count == 0 ? null : matches[^1].Groups["type"].Value;
    }

    internal static string Normalise(string expression) => Whitespace().Replace(expression, string.Empty);

    private static ArmTemplate Load(JsonElement template, string path, ArmTemplate? parent)
    {
        var result = new ArmTemplate(template, path, parent);
        if (!template.TryGetProperty("resources", out var resources))
        {
            return result;
        }

        if (resources.ValueKind == JsonValueKind.Object)
        {
            // languageVersion 2.0: resources keyed by symbolic name.
            foreach (var property in resources.EnumerateObject())
            {
                result._resources.Add(CreateResource(result, property.Name, property.Value));
            }
        }
        else if (resources.ValueKind == JsonValueKind.Array)
        {
            foreach (var resource in resources.EnumerateArray())
            {
                result._resources.Add(CreateResource(result, null, resource));
            }
        }

        return result;
    }

    private static ArmResource CreateResource(ArmTemplate owner, string? symbol, JsonElement json)
    {
        var type = json.String("type") ?? string.Empty;
        var reference = symbol ?? Normalise(SynthesiseResourceId(type, json.String("name") ?? string.Empty));
        ArmTemplate? nested = null;
        if (string.Equals(type, "Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase)
            && json.Find("properties", "template") is { ValueKind: JsonValueKind.Object } nestedJson)
        {
            nested = Load(nestedJson, $"{owner.Path}/{symbol ?? json.String("name")}", owner);
        }

        return new ArmResource(owner, symbol ?? string.Empty, reference, type, json, nested);
    }

    // What Bicep writes for a resource without symbolic names: [resourceId('Type', 'seg1', expr2)].
    private static string SynthesiseResourceId(string type, string name)
    {
        string segments;
        if (name.StartsWith('[') && name.EndsWith(']'))
        {
            var inner = name[1..^1];
            var format = FormatCall().Match(inner);
            segments = format.Success && format.Groups["pattern"].Value.Contains('/', StringComparison.Ordinal)
                ? format.Groups["args"].Value
                : inner;
        }
        else
        {
            segments = string.Join(", ", name.Split('/').Select(segment => $"'{segment}'"));
        }

        return $"[resourceId('{type}', {segments})]";
    }

    [GeneratedRegex(@"'(?<type>Microsoft\.[A-Za-z]+/[A-Za-z0-9/]+)'")]
    private static partial Regex ResourceTypeLiteral();

    [GeneratedRegex(@"^format\('(?<pattern>[{}0-9/]+)',\s*(?<args>.*)\)$")]
    private static partial Regex FormatCall();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>A resource of a compiled template.</summary>
public sealed record ArmResource(
    ArmTemplate Template,
    string Symbol,
    string Reference,
    string Type,
    JsonElement Json,
    ArmTemplate? NestedTemplate)
{
    public string Name => Json.String("name") ?? string.Empty;

    /// <summary>Existing resources are references, not deployed: property rules do not apply to them.</summary>
    public bool IsExisting => Json.Find("existing") is { ValueKind: JsonValueKind.True };

    public IReadOnlyList<string> DependsOn =>
        Json.Find("dependsOn") is { ValueKind: JsonValueKind.Array } dependsOn
            ? dependsOn.EnumerateArray().Select(entry => entry.GetString() ?? string.Empty).ToArray()
            : [];

    public JsonElement? Property(params string[] path) => Json.Find(["properties", .. path]);

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    public override string ToString() =>
        $"{Template.Path}:{(Symbol.Length > 0 ? Symbol : Name)} ({Type})";
}

/// <summary>Case-insensitive navigation, as ARM treats property names.</summary>
public static class JsonNavigation
{
    public static JsonElement? Find(this JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var segment in path)
        {
            if (current.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            JsonElement? next = null;
            foreach (var property in current.EnumerateObject())
            {
                if (string.Equals(property.Name, segment, StringComparison.OrdinalIgnoreCase))
                {
                    next = property.Value;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            current = next.Value;
        }

        return current;
    }

    public static string? String(this JsonElement element, params string[] path) =>
        element.Find(path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>True only for a literal JSON true: an expression cannot be proven safe offline.</summary>
    public static bool IsLiteralTrue(this JsonElement element, params string[] path) =>
        element.Find(path) is { ValueKind: JsonValueKind.True };

    public static bool IsLiteralFalse(this JsonElement element, params string[] path) =>
        element.Find(path) is { ValueKind: JsonValueKind.False };

    public static IEnumerable<JsonElement> Items(this JsonElement element, params string[] path) =>
        element.Find(path) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];
}
