using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using SocialCrm.Plugins.Domain.Intake;

namespace SocialCrm.Plugins.Tests.Domain;

/// <summary>The domain takes plain values and returns decisions: no Dataverse SDK type crosses its surface.</summary>
[TestClass]
public sealed class DomainBoundaryTests
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [TestMethod]
    public void No_domain_type_exposes_a_Dataverse_SDK_type()
    {
        var domainTypes = typeof(IncomingMention).Assembly.GetTypes()
            .Where(type => type.Namespace != null && type.Namespace.StartsWith("SocialCrm.Plugins.Domain", StringComparison.Ordinal))
            .ToList();

        var leaks = domainTypes
            .SelectMany(type => SignatureTypes(type).Where(IsSdkType).Select(sdkType => $"{type.FullName} uses {sdkType.FullName}"))
            .ToList();

        Assert.IsGreaterThan(20, domainTypes.Count, "the domain's types were found");
        Assert.IsEmpty(leaks, string.Join(Environment.NewLine, leaks));
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        if (type.BaseType != null)
        {
            yield return type.BaseType;
        }

        foreach (var implemented in type.GetInterfaces())
        {
            yield return implemented;
        }

        foreach (var field in type.GetFields(Everything))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(Everything))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }
        }
    }

    private static bool IsSdkType(Type type)
    {
        while (type.HasElementType)
        {
            type = type.GetElementType()!;
        }

        return type.Assembly.GetName().Name!.StartsWith("Microsoft.Xrm.Sdk", StringComparison.Ordinal)
            || (type.IsGenericType && type.GetGenericArguments().Any(IsSdkType));
    }
}
