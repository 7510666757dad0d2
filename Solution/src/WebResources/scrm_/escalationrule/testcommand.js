// The "Test rules" command of the escalation rule form: tries the active rules on the latest inbound mention through
// the scrm_TestEscalationRules Custom API and says which rule would fire and why. ES5: web resources run unbundled.
var SocialCrm = SocialCrm || {};
SocialCrm.EscalationRule = SocialCrm.EscalationRule || {};

(function (ns) {
    "use strict";

    var mentionTable = "scrm_mention";
    var inboundDirection = 746500000; // scrm_direction "Inbound" (OptionSets/scrm_direction.xml)

    // Unbound action: boundParameter null, operationType 0 (action), an entity reference typed by structuralProperty 5
    // (https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-webapi/online/execute).
    function testRequest(mentionId) {
        return {
            Mention: { entityType: mentionTable, id: mentionId },
            getMetadata: function () {
                return {
                    boundParameter: null,
                    operationType: 0,
                    operationName: "scrm_TestEscalationRules",
                    parameterTypes: { Mention: { typeName: "mscrm." + mentionTable, structuralProperty: 5 } }
                };
            }
        };
    }

    ns.describeTrial = function (mentionSubject, answer) {
        var on = "Tried on the latest inbound mention \"" + mentionSubject + "\".\n";
        if (!answer.WouldEscalate) {
            return on + "No rule would escalate it: " + answer.Reason;
        }

        return on + "Rule \"" + answer.Rule + "\" would fire: " + answer.Reason
            + (answer.CaseTitle ? "\nCase: " + answer.CaseTitle : "\nNo case: it only raises the conversation's priority.");
    };

    function showError(error) {
        return Xrm.Navigation.openErrorDialog({ message: error && error.message ? error.message : String(error) });
    }

    // Called by the command with the form's context (CrmParameter PrimaryControl); the rules tried are all active ones,
    // so an admin saves and activates a rule before trying it.
    ns.testRules = function (formContext) {
        if (formContext.data.entity.getIsDirty()) {
            return Xrm.Navigation.openAlertDialog({ title: "Test rules", text: "Save the rule first: the test tries the rules as they are stored." });
        }

        var query = "?$select=activityid,subject&$filter=scrm_direction eq " + inboundDirection + "&$orderby=scrm_postedon desc&$top=1";
        return Xrm.WebApi.retrieveMultipleRecords(mentionTable, query).then(function (result) {
            if (result.entities.length === 0) {
                return Xrm.Navigation.openAlertDialog({ title: "Test rules", text: "There is no inbound mention to try the rules on yet." });
            }

            var mention = result.entities[0];
            return Xrm.WebApi.online.execute(testRequest(mention.activityid)).then(function (response) {
                if (!response.ok) {
                    throw new Error("scrm_TestEscalationRules answered " + response.status + " " + response.statusText);
                }

                return response.json();
            }).then(function (answer) {
                return Xrm.Navigation.openAlertDialog({ title: "Test rules", text: ns.describeTrial(mention.subject || mention.activityid, answer) });
            });
        }).then(null, showError);
    };
}(SocialCrm.EscalationRule));
