// Which countries a map view shows: those of the statuses it names, or every one when it names none. The
// map draws these, and an embed of the view lists their sources.
import type { CountClaim, Country, MapView } from '$lib/data/schema';

type Scope = Pick<MapView, 'statuses'>;

/** True when the view shows the country. */
export const countryShown = (view: Scope, country: Pick<Country, 'status'>) =>
  !view.statuses?.length || view.statuses.includes(country.status);

/** The countries the view shows, in the order given. */
export const countriesShown = <C extends Pick<Country, 'status'>>(view: Scope, countries: C[]): C[] =>
  countries.filter((c) => countryShown(view, c));

/** The claim the map compares with the record: the latest one (dates are ISO strings, so plain comparison
 * orders them; localeCompare would load the browser's collation data mid-hydration). */
export const latestClaim = <C extends Pick<CountClaim, 'date'>>(claims: C[]): C | undefined =>
  claims.reduce<C | undefined>((a, b) => (!a || b.date > a.date ? b : a), undefined);

/** The claims a view draws: every one (the claim panel sets each in its own words against the record), in
 * views that show the comparison; none otherwise. */
export const claimsShown = <C extends Pick<CountClaim, 'date'>>(
  view: Pick<MapView, 'showClaim'>,
  claims: C[],
): C[] => (view.showClaim ? claims : []);
