import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { formatPartialDate } from '../../src/web/dates';
import { sortPartialDates } from '../../src/domain/partial-date';
import { toCsv, toGraphML } from '../../src/web/export-formats';
import { addActor, addLink, newViewGraph } from '../../src/web/graph-model';

const evidence = [
  {
    excerpt: 'a learning visit to Cape Town, “with” <mayors> & officers\u0007',
    source: { id: 'impact-stories', title: 'Impact', publisher: null, date: null },
  },
];

function viewGraph() {
  const g = newViewGraph();
  addActor(g, { __typename: 'City', id: 'cape-town', name: 'Cape Town', region: { id: 'esa', name: 'East & Southern Africa' } }, true);
  addActor(g, { __typename: 'City', id: 'nansana', name: 'Nansana', region: { id: 'esa', name: 'East & Southern Africa' } });
  addActor(g, { __typename: 'Practice', id: 'watch', name: 'Neighbourhood Watch' });
  addLink(g, 'cape-town', 'nansana', 'INSPIRED', { date: '2023-12', practice: 'watch', evidence });
  return g;
}

describe('web explorer helpers', () => {
  it('shows partial dates with exactly their precision', () => {
    expect(formatPartialDate('2023')).toBe('2023');
    expect(formatPartialDate('2023-12')).toBe('Dec 2023');
    expect(formatPartialDate('2024-05-08')).toBe('8 May 2024');
    expect(formatPartialDate(null)).toBe('');
    expect(['2024', null, '2023-05', '2023'].sort(sortPartialDates)).toEqual(['2023', '2023-05', '2024', null]);
  });

  it("downloads the view's GraphML that a parser reads back, evidence included", () => {
    const parsed = parseGraphml(MultiDirectedGraph, toGraphML(viewGraph()));
    expect(parsed.order).toBe(3);
    expect(parsed.size).toBe(1);
    const [edge] = parsed.edges();
    expect(parsed.source(edge)).toBe('cape-town');
    expect(parsed.getEdgeAttributes(edge)).toMatchObject({
      type: 'INSPIRED',
      date: '2023-12',
      practice: 'watch',
      sources: 'impact-stories',
    });
    expect(parsed.getEdgeAttribute(edge, 'citation')).toContain('“with” <mayors> & officers');
  });

  it("downloads the view's CSV with one row per link and one per lone node, with a byte-order mark for spreadsheets", () => {
    const text = toCsv(viewGraph());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      from_id: 'cape-town',
      relation: 'INSPIRED',
      to_id: 'nansana',
      to_region: 'East & Southern Africa',
      date: '2023-12',
    });
    expect(rows[0]!.evidence).toContain('(Impact)');
    expect(rows[1]).toMatchObject({ from_id: 'watch', relation: '' });
  });
});
