import { describe, expect, it } from 'vitest';
import { sortByJoinOrder } from '../../src/graph/catalogue/membership-order';
import type { LinkObject } from '../../src/model/link.type';

const join = (member: string, props: { since?: string; afterId?: string } = {}): LinkObject => ({
  type: 'MEMBER_OF',
  fromId: member,
  toId: 'network',
  citations: [],
  since: props.since ?? null,
  afterId: props.afterId ?? null,
});
const order = (links: LinkObject[], events: Record<string, string> = {}) =>
  sortByJoinOrder(
    links,
    (id) => events[id] ?? null,
    (l) => l.fromId,
  ).map((l) => l.fromId);

describe('join order of memberships', () => {
  it('puts dated joins in date order, then joins after an event just after that event, then "subsequently" after them', () => {
    const links = [
      join('tangier', { afterId: 'rabat' }),
      join('rabat', { afterId: 'workshop' }),
      join('strasbourg', { since: '2022' }),
      join('liege', { since: '2020' }),
      join('fes', { afterId: 'rabat' }),
      join('oujda', { afterId: 'workshop' }),
      join('madrid'),
    ];
    expect(order(links, { workshop: '2023-03-01' })).toEqual(['liege', 'strasbourg', 'oujda', 'rabat', 'fes', 'tangier', 'madrid']);
  });

  it('orders a join stated for the same month after a dated one only when it came after something', () => {
    expect(order([join('b', { afterId: 'visit' }), join('a', { since: '2023-06' })], { visit: '2023-06-01' })).toEqual(['a', 'b']);
  });

  it('survives a cycle of "after"s and unknown references, keeping them last in id order', () => {
    expect(
      order([join('y', { afterId: 'x' }), join('x', { afterId: 'y' }), join('w', { afterId: 'nowhere' }), join('v', { since: '2019' })]),
    ).toEqual(['v', 'w', 'x', 'y']);
  });
});
