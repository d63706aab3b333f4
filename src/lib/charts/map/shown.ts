// Which countries a map view shows: those of the statuses it names, or every one when it names none. The
// map draws these, and an embed of the view lists their sources.
import type { Country, MapView } from '$lib/data/schema';

type Scope = Pick<MapView, 'statuses'>;

/** True when the view shows the country. */
export const countryShown = (view: Scope, country: Pick<Country, 'status'>) =>
  !view.statuses?.length || view.statuses.includes(country.status);

/** The countries the view shows, in the order given. */
export const countriesShown = <C extends Pick<Country, 'status'>>(view: Scope, countries: C[]): C[] =>
  countries.filter((c) => countryShown(view, c));
