using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace SocialCrm.Sdk.Tests.Xrm;

[TestClass]
public sealed class ParameterCollectionTests
{
    [TestMethod]
    public void Reading_a_missing_parameter_throws_KeyNotFoundException()
    {
        var parameters = new ParameterCollection();

        Assert.ThrowsExactly<KeyNotFoundException>(() => parameters["Target"]);
    }

    [TestMethod]
    public void Typed_TryGetValue_gives_the_value_only_when_it_has_that_type()
    {
        var target = new Entity("scrm_mention");
        var parameters = new ParameterCollection { { "Target", target } };

        Assert.IsTrue(parameters.TryGetValue("Target", out Entity entity));
        Assert.AreSame(target, entity);
        Assert.IsFalse(parameters.TryGetValue("Target", out EntityReference _));
        Assert.IsFalse(parameters.TryGetValue("Targets", out EntityCollection _));
    }

    [TestMethod]
    public void AddOrUpdateIfNotNull_skips_null_and_replaces_an_existing_value()
    {
        var parameters = new ParameterCollection { { "Score", 1 } };

        parameters.AddOrUpdateIfNotNull("Label", null);
        parameters.AddOrUpdateIfNotNull("Score", 2);

        Assert.IsFalse(parameters.Contains("Label"));
        Assert.AreEqual(2, parameters["Score"]);
    }

    [TestMethod]
    public void Add_refuses_a_parameter_that_is_already_there()
    {
        var parameters = new ParameterCollection { { "Score", 1 } };

        Assert.ThrowsExactly<System.ArgumentException>(() => parameters.Add("Score", 2));
    }
}
