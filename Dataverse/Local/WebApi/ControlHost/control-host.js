// A stand-in for a model-driven form hosting one code component: the part of the component framework context the form
// gives a standard control (https://learn.microsoft.com/power-apps/developer/component-framework/reference/context),
// with webAPI over this LocalDataverse's own Web API (https://learn.microsoft.com/power-apps/developer/component-framework/reference/webapi).
"use strict";
(function () {
    const registered = {};
    // The bundle pcf-scripts writes registers its class here when the page offers it.
    window.ComponentFramework = { registerControl: (name, constructor) => { registered[name] = constructor; } };

    const settings = JSON.parse(document.getElementById("control-host-settings").textContent);

    function entitySet(logicalName) {
        const set = settings.entitySets[logicalName];
        if (!set) {
            throw { errorCode: 0x80040217 | 0, message: `The entity with a name = '${logicalName}' was not found.` };
        }
        return set;
    }

    // Xrm.WebApi rejects with an object carrying Dataverse's error code as a number and its message.
    async function send(url, init) {
        const response = await fetch(url, {
            ...init,
            headers: {
                "Accept": "application/json",
                "Content-Type": "application/json; charset=utf-8",
                "OData-Version": "4.0",
                "OData-MaxVersion": "4.0",
                "Prefer": "odata.include-annotations=\"*\"",
                ...(init && init.headers),
            },
        });
        const text = await response.text();
        const body = text ? JSON.parse(text) : null;
        if (!response.ok) {
            const error = (body && body.error) || {};
            throw { errorCode: parseInt(error.code, 16) | 0, message: error.message || response.statusText, code: error.code, status: response.status };
        }
        return body;
    }

    function query(options) {
        return options ? (options.startsWith("?") ? options : "?" + options) : "";
    }

    const webAPI = {
        retrieveMultipleRecords: async (entityType, options, maxPageSize) => {
            const headers = maxPageSize ? { "Prefer": `odata.include-annotations="*",odata.maxpagesize=${maxPageSize}` } : {};
            const body = await send(settings.serviceRoot + entitySet(entityType) + query(options), { headers });
            return { entities: body.value, nextLink: body["@odata.nextLink"] };
        },
        retrieveRecord: (entityType, id, options) =>
            send(`${settings.serviceRoot}${entitySet(entityType)}(${id})${query(options)}`),
        createRecord: async (entityType, data) => {
            await send(settings.serviceRoot + entitySet(entityType), { method: "POST", body: JSON.stringify(data), headers: { "Prefer": "return=representation" } });
        },
        updateRecord: (entityType, id, data) =>
            send(`${settings.serviceRoot}${entitySet(entityType)}(${id})`, { method: "PATCH", body: JSON.stringify(data) }),
        deleteRecord: (entityType, id) =>
            send(`${settings.serviceRoot}${entitySet(entityType)}(${id})`, { method: "DELETE" }),
    };

    function property(definition, recordName) {
        const raw = definition.bound ? recordName : definition.value;
        const numeric = /^(Whole|Decimal|FP|Currency)\./.test(definition.type);
        const value = raw === null || raw === undefined ? null : numeric ? Number(raw) : raw;
        return { raw: value, formatted: value === null ? "" : String(value), type: definition.type, error: false, errorMessage: "", attributes: {} };
    }

    // The width a form allocates is the control's content box, without the cell's padding.
    function contentWidth(element) {
        const style = getComputedStyle(element);
        return Math.floor(element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    }

    async function start() {
        const container = document.getElementById("control-container");
        const record = settings.record;
        let recordName = null;
        if (record.primaryNameColumn) {
            const row = await webAPI.retrieveRecord(record.entityName, record.id, `?$select=${record.primaryNameColumn}`).catch(() => null);
            recordName = row ? row[record.primaryNameColumn] : null;
        }
        document.getElementById("form-record-name").textContent = recordName || "(no name)";

        let tracksResize = false;
        const context = {
            webAPI,
            parameters: Object.fromEntries(settings.properties.map(p => [p.name, property(p, recordName)])),
            mode: {
                allocatedWidth: contentWidth(container),
                allocatedHeight: -1,
                isControlDisabled: false,
                isVisible: true,
                label: settings.control,
                contextInfo: { entityId: record.id, entityTypeName: record.entityName, entityRecordName: recordName },
                setControlState: () => true,
                setFullScreen: () => undefined,
                trackContainerResize: value => { tracksResize = value; },
            },
            client: { getFormFactor: () => 1, getClient: () => "Web", isOffline: () => false },
            userSettings: { languageId: 1033, userId: "", userName: "", isRTL: false },
            resources: { getString: key => key },
            updatedProperties: [],
        };

        const Control = registered[settings.control];
        if (!Control) {
            container.textContent = `The bundle did not register ${settings.control}.`;
            return;
        }
        const control = new Control();
        control.init(context, () => undefined, {}, container);
        control.updateView(context);

        // The form calls updateView with the new allocatedWidth when its width changes, for controls that asked.
        new ResizeObserver(() => {
            if (tracksResize && contentWidth(container) !== context.mode.allocatedWidth) {
                context.mode.allocatedWidth = contentWidth(container);
                context.updatedProperties = ["layout"];
                control.updateView(context);
            }
        }).observe(container);
        window.ControlHost.control = control;
    }

    window.ControlHost = { start: () => { start().catch(error => console.error(error)); } };
})();
