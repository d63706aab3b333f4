// Where the site is published. SITE_URL is its public address (https://news.example.org/graphics/tiandy/);
// the pages load their files from that address's path unless BASE_PATH names another one (a proxy that
// serves the public path from elsewhere). Without SITE_URL the site still builds, with no absolute URLs.

export interface SiteAddress {
  /** The public address of the story, with a trailing slash; absent when SITE_URL is not set. */
  siteUrl?: string;
  /** The path every page loads its scripts, styles and files from, with leading and trailing slashes. */
  base: string;
}

export interface SiteEnv {
  SITE_URL?: string;
  BASE_PATH?: string;
}

/** Reads SITE_URL and BASE_PATH; throws a message an editor can act on for an address that is no URL. */
export function siteAddress(env: SiteEnv): SiteAddress {
  const raw = env.SITE_URL?.trim();
  const basePath = env.BASE_PATH?.trim() || undefined;
  if (!raw) return { base: basePath ?? '/' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL "${raw}" is not an address: write it in full, like https://example.org/tiandy/`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL "${raw}" must start with https:// (or http://)`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`SITE_URL "${raw}" must be a plain address, with no ?query, #fragment or user`);
  // The story is a folder's index: "…/tiandy" and "…/tiandy/" are the same address.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { siteUrl: url.href, base: basePath ?? url.pathname };
}

/** The public address of a file or page of the built site, from its path inside dist/ ("data/" → …/data/). */
export const publicUrl = (siteUrl: string, path: string) => new URL(path.replace(/^\/+/, ''), siteUrl).href;
