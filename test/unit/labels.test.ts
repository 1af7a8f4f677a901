import { describe, expect, it } from 'vitest';
import { crosses, placeLabels } from '../../src/web/labels';

describe('label placement', () => {
  it('knows when a line passes through a label', () => {
    const box = { x: 10, y: 10, w: 20, h: 10, fontSize: 10 };
    expect(crosses(box, { x1: 0, y1: 15, x2: 40, y2: 15 })).toBe(true);
    expect(crosses(box, { x1: 0, y1: 0, x2: 40, y2: 5 })).toBe(false);
    expect(crosses(box, { x1: 0, y1: 15, x2: 5, y2: 15 })).toBe(false); // stops short
  });

  it('puts a label off a line where a free spot allows, and still places it where none does', () => {
    const point = { id: 'a', x: 100, y: 100, r: 5, text: 'Nansana', fontSize: 12 };
    const right = placeLabels([point], [point], { width: 400, height: 400 }).get('a')!;
    expect(right.x).toBeGreaterThan(100); // right of its point by default
    const line = { x1: 100, y1: 100, x2: 300, y2: 100 }; // an edge leaving to the right
    const moved = placeLabels([point], [point], { width: 400, height: 400 }, [line]).get('a')!;
    expect(crosses(moved, line)).toBe(false);
    const everywhere = [0, 45, 90, 135, 180, 225, 270, 315].map((deg) => ({
      x1: 100,
      y1: 100,
      x2: 100 + 200 * Math.cos((deg * Math.PI) / 180),
      y2: 100 + 200 * Math.sin((deg * Math.PI) / 180),
    }));
    expect(placeLabels([point], [point], { width: 400, height: 400 }, everywhere).get('a')).toBeDefined();
  });
});
