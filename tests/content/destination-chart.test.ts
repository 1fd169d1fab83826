import { describe, expect, it } from 'vitest';
import { destinationChart, describeChart } from '../../src/lib/model/destination-chart.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';

const content = loadContent(CONTENT);

describe('destinationChart', () => {
  const chart = destinationChart(buildModel(content));

  it('has a group for every country a figure sends prisoners to, largest first', () => {
    const withFigures = content.countries.filter((c) => c.data.destination?.length).map((c) => c.id);
    expect(chart.groups.map((g) => g.country).sort()).toEqual(withFigures.sort());
    const largest = chart.groups.map((g) => Math.max(0, ...g.lines.map((l) => l.count ?? 0)));
    expect(largest).toEqual([...largest].sort((a, b) => b - a));
  });

  it("shows each report's largest number for the prisoners taken to a country, and no number where the report gives none", () => {
    for (const group of chart.groups) {
      const country = content.countries.find((c) => c.id === group.country)!;
      for (const report of content.reports) {
        const figures = country.data.destination!.filter((f) => f.report === report.id);
        const line = group.lines.find((l) => l.outlet === report.data.outlet);
        expect(line === undefined, `${group.country}, ${report.id}`).toBe(figures.length === 0);
        if (!line) continue;
        // A figure for the country only as a place to go on to counts where the report gives no other.
        const direct = figures.filter((f) => !f.onward);
        const counts = (direct.length ? direct : figures).flatMap((f) => (f.count === undefined ? [] : [f.count]));
        expect(line.onward, `${group.country}, ${report.id}`).toBe(!direct.length);
        expect(line.count).toBe(counts.length ? Math.max(...counts) : undefined);
        if (line.count !== undefined) expect(line.words).toContain(String(line.count));
        expect(figures.map((f) => `${f.report}#${f.section}`)).toContain(`${line.citation.report}#${line.citation.section}`);
      }
    }
  });

  it('follows the data: a changed figure changes the chart', () => {
    const changed = structuredClone(content);
    changed.countries.find((c) => c.id === 'lithuania')!.data.destination![0].count = 12;
    const lithuania = destinationChart(buildModel(changed)).groups.find((g) => g.country === 'lithuania')!;
    expect(lithuania.lines[0].count).toBe(12);
  });

  it('scales to the number freed and describes every line in words', () => {
    expect(chart.released).toBe(Math.max(...content.reports.map((r) => r.data.released.count)));
    const text = describeChart(chart);
    for (const g of chart.groups) for (const l of g.lines) expect(text).toContain(`${l.credit}, ${l.words}`);
  });
});
