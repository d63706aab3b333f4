import json from '$data/footprint.json';
import type { Country, CountClaim } from '../schema';
export const claims = json.claims as CountClaim[];
export const countries = json.countries as Country[];
