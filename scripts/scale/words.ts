// What the scale dataset is made of: the countries its story points at, the island states, a few cities,
// publishers, and the words its made-up names are drawn from.

// Countries every story step can point at, and the island states (too small for the world map's shapes,
// so drawn as markers).
export const named = [
  'CHN',
  'IRN',
  'GBR',
  'USA',
  'IRQ',
  'ARE',
  'SAU',
  'TUR',
  'IND',
  'PAK',
  'RUS',
  'BRA',
  'DEU',
  'FRA',
];
export const islands = ['MLT', 'BHR', 'MDV', 'SGP', 'MUS', 'BRB', 'SYC', 'TON'];
/** [country, city, longitude, latitude] */
export const cities: [string, string, number, number][] = [
  ['CHN', 'Tianjin', 117.2, 39.13],
  ['IRN', 'Tehran', 51.39, 35.69],
  ['GBR', 'London', -0.13, 51.51],
  ['ARE', 'Dubai', 55.27, 25.2],
  ['TUR', 'Istanbul', 28.98, 41.01],
  ['IND', 'Mumbai', 72.88, 19.08],
  ['BRA', 'São Paulo', -46.63, -23.55],
  ['DEU', 'Frankfurt', 8.68, 50.11],
  ['SGP', 'Singapore', 103.82, 1.35],
  ['RUS', 'Moscow', 37.62, 55.76],
];
export const publishers = [
  'Reuters',
  'IPVM',
  'NBC News',
  'Bloomberg',
  'Financial Times',
  'Le Monde',
  'Al Arabiya',
  'Nikkei Asia',
];
export const firstWords = [
  'North',
  'Blue',
  'Silver',
  'Grand',
  'Delta',
  'Orion',
  'Falcon',
  'Crescent',
  'Summit',
  'Harbor',
  'Lotus',
  'Cedar',
];
export const secondWords = [
  'Vision',
  'Secure',
  'Systems',
  'Guard',
  'Networks',
  'Optics',
  'Trading',
  'Integration',
  'Watch',
  'Link',
];
export const suffixes = ['Ltd', 'LLC', 'Group', 'Co.', 'Holdings', 'SA'];
export const agencies = [
  'Ministry of Interior',
  'Police Directorate',
  'Customs Authority',
  'City Council',
  'Transport Agency',
];
export const givenNames = ['Ana', 'Li', 'Omar', 'Sara', 'Ivan', 'Mina'];
export const familyNames = ['Chen', 'Haddad', 'Silva', 'Novak', 'Rahimi'];
export const verbs = [
  'Contract',
  'Tender',
  'Listing',
  'Hearing',
  'Report',
  'Shipment',
  'Statement',
  'Inquiry',
  'Expo booth',
];
