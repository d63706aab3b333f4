// The licence of the data (the downloads on /data/): stated on the data page, in its Dataset JSON-LD and
// in the README. The data package (datapackage.json) states the same one.
export const dataLicence = {
  name: 'Creative Commons Attribution 4.0 International',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
