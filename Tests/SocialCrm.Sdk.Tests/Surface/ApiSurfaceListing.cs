using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace SocialCrm.Sdk.Tests.Surface;

/// <summary>
/// Writes an assembly's public surface in the format of ../shared/reference/*.api.txt: a header line per type
/// (kind, name, base type, all interfaces sorted) and one line per declared public or protected member.
/// </summary>
public static class ApiSurfaceListing
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyDictionary<string, ApiType> Of(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.IsPublic)
            .Select(t => new ApiType($"{t.Namespace}.{t.Name}", Header(t), Members(t).ToHashSet(StringComparer.Ordinal)))
            .ToDictionary(t => t.FullName, StringComparer.Ordinal);

    private static string Header(Type type)
    {
        var kind = type.IsInterface ? "interface"
            : type.IsEnum ? "enum"
            : type.IsValueType ? "struct"
            : type.IsSubclassOf(type.BaseType!) && type.BaseType!.FullName == "System.MulticastDelegate" ? "delegate"
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsSealed ? "sealed class"
            : type.IsAbstract ? "abstract class"
            : "class";
        var bases = new List<string>();
        var baseName = type.BaseType?.FullName;
        if (type.BaseType != null && baseName is not ("System.Object" or "System.Enum" or "System.ValueType"))
        {
            bases.Add(type.BaseType.ToString());
        }
        bases.AddRange(type.GetInterfaces().Select(i => i.ToString()).OrderBy(n => n, StringComparer.Ordinal));
        return bases.Count == 0 ? $"{kind} {type.Name}" : $"{kind} {type.Name} : {string.Join(", ", bases)}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        foreach (var ctor in type.GetConstructors(Declared).Where(c => Visible(c) && !c.IsStatic))
        {
            yield return $".ctor({Parameters(ctor)})";
        }
        foreach (var method in type.GetMethods(Declared).Where(m => Visible(m) && !m.IsSpecialName))
        {
            var arity = method.IsGenericMethodDefinition ? $"`{method.GetGenericArguments().Length}" : "";
            yield return $"{Static(method.IsStatic)}{method.ReturnType} {method.Name}{arity}({Parameters(method)})";
        }
        foreach (var property in type.GetProperties(Declared))
        {
            var get = property.GetMethod is { } g && Visible(g);
            var set = property.SetMethod is { } s && Visible(s);
            if (!get && !set)
            {
                continue;
            }
            var index = property.GetIndexParameters();
            var name = index.Length == 0 ? property.Name : $"{property.Name}[{string.Join(", ", index.Select(p => p.ParameterType.ToString()))}]";
            var accessor = (get ? "get;" : "") + (set ? "set;" : "");
            var isStatic = (property.GetMethod ?? property.SetMethod)!.IsStatic;
            yield return $"{Static(isStatic)}{property.PropertyType} {name} {{{accessor}}}";
        }
        foreach (var field in type.GetFields(Declared).Where(f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName))
        {
            var value = field.IsLiteral ? $" = {field.GetRawConstantValue()}" : "";
            yield return $"{Static(field.IsStatic)}{field.FieldType} {field.Name}{value}";
        }
    }

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Static(bool isStatic) => isStatic ? "static " : "";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => (p.IsOut ? "out " : "") + p.ParameterType));
}

public sealed record ApiType(string FullName, string Header, IReadOnlySet<string> Members);
