import { describe, expect, it } from 'vitest';
import { channelsOf, enablersOf, originsOf, type CascadeLink } from '../../src/domain/cascade-roles';

/*
 * The Neighbourhood Watch cascade as the documents tell it: Cape Town inspired Nansana via the
 * learning visit (and the visit inspired Nansana and its mayor), the mayor led Nansana to act,
 * Stellenbosch supported it through a training, the Strong Cities Network supported it, and
 * Nansana led to the pilot in Gombe Division.
 */
const link = (from: string, to: string, kind = 'INSPIRED', via: string | null = null): CascadeLink => ({ from, to, kind, via });
const links = [
  link('cape-town', 'nansana', 'INSPIRED', 'visit'),
  link('visit', 'nansana'),
  link('visit', 'mayor'),
  link('mayor', 'nansana', 'LED_TO'),
  link('stellenbosch', 'nansana', 'SUPPORTED', 'training'),
  link('network', 'nansana', 'SUPPORTED'),
  link('nansana', 'gombe', 'LED_TO'),
];
const adopters = new Set(['nansana', 'stellenbosch', 'gombe']);
const actors = ['cape-town', 'visit', 'mayor', 'stellenbosch', 'network', 'nansana', 'gombe'];

describe('roles in a cascade', () => {
  it('an event another actor passed the practice on through is a channel', () => {
    expect([...channelsOf(links)].sort()).toEqual(['training', 'visit']);
  });

  it('an actor that took up nothing and only supported or led to adoptions is an enabler; an adopter that supported is not', () => {
    expect([...enablersOf(adopters, links)].sort()).toEqual(['mayor', 'network']);
  });

  it('origins are the actors with no documented earlier source: not the channel, not the enablers, not the pilot site', () => {
    expect(originsOf(actors, adopters, links)).toEqual(['cape-town', 'stellenbosch']);
  });

  it('an event nobody is recorded as bringing, and an adopter only an enabler reached, are origins', () => {
    const more = [link('workshop', 'masaka'), link('funder', 'kira', 'SUPPORTED')];
    expect(originsOf(['workshop', 'masaka', 'funder', 'kira'], new Set(['masaka', 'kira']), more)).toEqual(['kira', 'workshop']);
  });
});
