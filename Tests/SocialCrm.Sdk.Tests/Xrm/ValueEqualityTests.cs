using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Sdk.Tests.Xrm;

/// <summary>OptionSetValue and Money compare by value (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.optionsetvalue.equals,
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.money.equals), so plug-ins can compare old and new column values.</summary>
[TestClass]
public sealed class ValueEqualityTests
{
    [TestMethod]
    public void Choice_values_with_the_same_number_are_equal()
    {
        Assert.AreEqual(new OptionSetValue(3), new OptionSetValue(3));
        Assert.AreEqual(new OptionSetValue(3).GetHashCode(), new OptionSetValue(3).GetHashCode());
        Assert.AreNotEqual(new OptionSetValue(3), new OptionSetValue(4));
    }

    [TestMethod]
    public void A_choice_value_is_not_equal_to_its_bare_number()
    {
        Assert.IsFalse(new OptionSetValue(3).Equals(3));
    }

    [TestMethod]
    public void Money_with_the_same_amount_is_equal_whatever_its_scale()
    {
        Assert.AreEqual(new Money(10m), new Money(10.00m));
        Assert.AreEqual(new Money(10m).GetHashCode(), new Money(10.00m).GetHashCode());
        Assert.AreNotEqual(new Money(10m), new Money(10.01m));
    }
}
