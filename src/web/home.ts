import { h } from './dom';
import { href, navigate, nodeHref } from './router';
import { typeahead } from './search';
import { setTitle, type ViewContext } from './view';

/** #/ — one search box and the three things hub staff come here to do. */
export function homeView(ctx: ViewContext): void {
  setTitle('Find peers, trace practice');
  const search = typeahead({
    id: 'home-search',
    label: 'Find a city, country, region, hub, practice, event or organisation',
    placeholder: 'e.g. Nansana, Uganda, Western Balkans Hub, Local Safety Council',
    types: ['City', 'Country', 'Region', 'Hub', 'Practice', 'Event', 'Organisation'],
    onPick: (p) => navigate(nodeHref(p.__typename, p.id) ?? href()),
  });
  search.classList.add('big');
  const task = (title: string, text: string, example: string, to: string) =>
    h('li', { class: 'task' }, h('h2', {}, title), h('p', {}, text), h('p', {}, 'Example: ', h('a', { href: to }, example)));
  ctx.main.replaceChildren(
    h('h1', { id: 'view-title' }, 'Who could help, and how did practice get there?'),
    h(
      'p',
      { class: 'lede' },
      'Search any city, practice, event or organisation in the Strong Cities documents. Every fact links to the sentence it comes from.',
    ),
    search,
    h(
      'ul',
      { class: 'tasks' },
      task(
        'Find peers',
        'Open a city, choose “Find peers”, then pick what it needs: a practice or a kind of practice. Peers come ranked, each with its reasons.',
        'peers for Danilovgrad',
        href('city', 'danilovgrad', 'peers'),
      ),
      task(
        'See the network',
        'A city’s “Network” tab draws who it learned from, whom it inspired and the events in between, coloured by region.',
        'Nansana’s network',
        href('city', 'nansana', 'network'),
      ),
      task(
        'Trace a practice',
        'A practice page shows who took it up and when, and from whom they learned. The path finder links any two actors hop by hop.',
        'Neighbourhood Watch from Cape Town to Nansana',
        href('paths', { from: 'cape-town', to: 'nansana' }),
      ),
    ),
  );
  (search.querySelector('input') as HTMLInputElement).focus();
}
