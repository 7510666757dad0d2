using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk.Query;

namespace SocialCrm.Sdk.Tests.Xrm.Query;

/// <summary>The numbers travel over the wire and into FetchXML tooling, so they must be Microsoft's:
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.conditionoperator</summary>
[TestClass]
public sealed class ConditionOperatorTests
{
    [TestMethod]
    [DataRow(ConditionOperator.Equal, 0, DisplayName = "Equal")]
    [DataRow(ConditionOperator.NotEqual, 1, DisplayName = "NotEqual")]
    [DataRow(ConditionOperator.GreaterThan, 2, DisplayName = "GreaterThan")]
    [DataRow(ConditionOperator.LessEqual, 5, DisplayName = "LessEqual")]
    [DataRow(ConditionOperator.Like, 6, DisplayName = "Like")]
    [DataRow(ConditionOperator.In, 8, DisplayName = "In")]
    [DataRow(ConditionOperator.Null, 12, DisplayName = "Null")]
    [DataRow(ConditionOperator.NotNull, 13, DisplayName = "NotNull")]
    [DataRow(ConditionOperator.LastXDays, 33, DisplayName = "LastXDays")]
    [DataRow(ConditionOperator.EqualUserId, 41, DisplayName = "EqualUserId")]
    [DataRow(ConditionOperator.Contains, 49, DisplayName = "Contains")]
    [DataRow(ConditionOperator.BeginsWith, 54, DisplayName = "BeginsWith")]
    [DataRow(ConditionOperator.Under, 75, DisplayName = "Under")]
    [DataRow(ConditionOperator.OlderThanXDays, 84, DisplayName = "OlderThanXDays")]
    [DataRow(ConditionOperator.ContainValues, 87, DisplayName = "ContainValues")]
    [DataRow(ConditionOperator.EqualRoleBusinessId, 89, DisplayName = "EqualRoleBusinessId")]
    public void Operator_has_Microsofts_number(ConditionOperator conditionOperator, int number)
    {
        Assert.AreEqual(number, (int)conditionOperator);
    }
}
