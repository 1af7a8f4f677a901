/**
 * Hash routes, so every view is a link a hub officer can share:
 *   #/                       home (search)
 *   #/city/nansana           city card        #/city/nansana/peers?practice=…&needs=A,B
 *   #/city/nansana/network   network view
 *   #/practice/neighbourhood-watch           practice view (cascade)
 *   #/event/…  #/organisation/…               event and organisation cards
 *   #/paths?from=cape-town&to=nansana        path finder
 */
export interface Route {
  /** Path segments after "#/", decoded. */
  parts: string[];
  params: URLSearchParams;
}

/** The route in the address bar now. */
export function currentRoute(): Route {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2) as [string?, string?];
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, params: new URLSearchParams(query) };
}

/** The href of a route, e.g. `href('city', 'nansana')` → "#/city/nansana". */
export function href(...parts: (string | Record<string, string | undefined>)[]): string {
  const params = parts.find((p): p is Record<string, string | undefined> => typeof p === 'object');
  const path = parts
    .filter((p): p is string => typeof p === 'string')
    .map(encodeURIComponent)
    .join('/');
  const query = params ? new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString() : '';
  return `#/${path}${query ? `?${query}` : ''}`;
}

/** The card route of a node by its GraphQL type, or undefined for types without a view. */
export function nodeHref(typename: string | undefined, id: string): string | undefined {
  switch (typename) {
    case 'City':
      return href('city', id);
    case 'Practice':
      return href('practice', id);
    case 'Event':
      return href('event', id);
    case 'Organisation':
      return href('organisation', id);
    case 'Country':
      return href('country', id);
    case 'Region':
      return href('region', id);
    case 'Hub':
      return href('hub', id);
    default:
      return undefined;
  }
}

/** Goes to a route (adds a history entry, so Back works). */
export function navigate(to: string): void {
  if (location.hash === to) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = to;
}
