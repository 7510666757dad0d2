// Runs a form command of a web resource in Node against a stand-in Xrm that records what the command asks for and
// answers from a scenario, then prints the record as JSON.
// Usage: node fake-xrm.js <script> <function name, dotted> <scenario JSON>
// Scenario: { dirty, mentions: [...], answer: {...} | failure: "message" }. The answer is what Xrm.WebApi.online.execute's
// response.json() resolves to (https://learn.microsoft.com/power-apps/developer/model-driven-apps/clientapi/reference/xrm-webapi/online/execute).
"use strict";
var fs = require("fs");
var vm = require("vm");

var script = process.argv[2];
var functionName = process.argv[3];
var scenario = JSON.parse(process.argv[4]);
var record = { queries: [], requests: [], alerts: [], errors: [] };

var Xrm = {
    WebApi: {
        retrieveMultipleRecords: function (table, options) {
            record.queries.push({ table: table, options: options });
            return Promise.resolve({ entities: scenario.mentions || [] });
        },
        online: {
            execute: function (request) {
                var parameters = {};
                Object.keys(request).forEach(function (key) { parameters[key] = request[key]; });
                delete parameters.getMetadata;
                record.requests.push({ metadata: request.getMetadata(), parameters: parameters });
                if (scenario.failure) {
                    return Promise.reject({ errorCode: 2147746611, message: scenario.failure });
                }

                return Promise.resolve({ ok: true, status: 200, statusText: "OK", json: function () { return Promise.resolve(scenario.answer); } });
            }
        }
    },
    Navigation: {
        openAlertDialog: function (strings) { record.alerts.push(strings); return Promise.resolve(); },
        openErrorDialog: function (options) { record.errors.push(options); return Promise.resolve(); }
    }
};
var formContext = { data: { entity: { getIsDirty: function () { return !!scenario.dirty; } } } };

// The web resource runs as a classic script in its own global, as the form loads it.
var context = vm.createContext({ Xrm: Xrm });
vm.runInContext(fs.readFileSync(script, "utf8"), context, { filename: script });
var command = functionName.split(".").reduce(function (owner, name) { return owner === undefined ? undefined : owner[name]; }, context);
if (typeof command !== "function") {
    process.stderr.write(functionName + " is not a function of " + script);
    process.exit(2);
}

Promise.resolve(command(formContext)).then(function () {
    process.stdout.write(JSON.stringify(record));
}, function (error) {
    process.stderr.write("The command's promise was rejected: " + (error && error.message ? error.message : String(error)));
    process.exit(3);
});
