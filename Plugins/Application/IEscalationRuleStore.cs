namespace SocialCrm.Plugins.Application;

/// <summary>scrm_escalationrule: the rules admins keep as records.</summary>
public interface IEscalationRuleStore
{
    /// <summary>The active rules, in one query; a row that cannot work as written is refused alone, with its reason.</summary>
    StoredEscalationRules ReadActive();
}
