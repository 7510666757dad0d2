using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace SocialCrm.Pcf.Tests.Support;

/// <summary>What a user sees of the pulse on the page, read from its rendered DOM.</summary>
public sealed class PulsePage
{
    public PulsePage(IPage page)
    {
        Page = page;
    }

    public IPage Page { get; }

    public ILocator Panel(string name) => Page.Locator($"[data-panel='{name}']");

    /// <summary>Waits until every panel left its loading state and returns their states by panel name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SettledPanelsAsync(params string[] names)
    {
        foreach (var name in names)
        {
            await Page.WaitForSelectorAsync($"[data-panel='{name}'][data-state]:not([data-state='loading'])");
        }

        var states = new Dictionary<string, string>();
        foreach (var name in names)
        {
            states[name] = await Panel(name).GetAttributeAsync("data-state") ?? "";
        }

        return states;
    }

    public async Task<IReadOnlyList<Dictionary<string, string>>> RowsAsync(string selector, params string[] attributes)
    {
        var rows = new List<Dictionary<string, string>>();
        foreach (var element in await Page.Locator(selector).AllAsync())
        {
            var row = new Dictionary<string, string> { ["text"] = ((await element.TextContentAsync()) ?? "").Trim() };
            foreach (var attribute in attributes)
            {
                row[attribute] = await element.GetAttributeAsync(attribute) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }

    public async Task<IReadOnlyDictionary<string, int>> PointsPerNetworkAsync() =>
        (await RowsAsync(".pulse-point", "data-network")).GroupBy(p => p["data-network"]).ToDictionary(g => g.Key, g => g.Count());
}
