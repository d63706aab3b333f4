// Pure reshaping of the dataset that more than one part of the page needs.
import type { Country, CountClaim, Status } from './schema';

export interface FootprintTally {
  /** The largest count the company has claimed, e.g. 60 for "more than 60". */
  claimed: number;
  claim: CountClaim;
  /** Countries public records tie to Tiandy in any way (see byStatus for how strongly). */
  documented: number;
  byStatus: Record<Status, number>;
}

/** How the company's claimed reach compares with the countries public records tie it to. */
export function footprintTally(claims: CountClaim[], countries: Country[]): FootprintTally {
  const claim = claims.reduce((a, b) =>
    b.count > a.count || (b.count === a.count && b.date > a.date) ? b : a,
  );
  const byStatus: Record<Status, number> = { confirmed: 0, claimed: 0, 'single-source': 0, denied: 0 };
  for (const c of countries) byStatus[c.status]++;
  // Every country a public record names, whatever its status; byStatus says how strong each tie is.
  return { claimed: claim.count, claim, documented: countries.length, byStatus };
}
