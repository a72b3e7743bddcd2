/**
 * The address where `dist/` is hosted, from `STOPLICHT_BASE_URL`, checked before anything is built:
 * a manifest with a wrong base installs without complaint and then shows a blank pane in every
 * user's Excel, so the build refuses it and says what a right value looks like.
 */

/** What a right value looks like, in every message. */
export const BASE_URL_EXAMPLE = "https://example.org/stoplicht/";

/** A base the build cannot publish to: `message` says what is wrong and gives an example. */
export class PublishBaseError extends Error {
  override name = "PublishBaseError";
}

function refuse(problem: string): never {
  throw new PublishBaseError(
    `STOPLICHT_BASE_URL ${problem}. Set it to the https:// address where dist/ is hosted, for example: ` +
      `STOPLICHT_BASE_URL=${BASE_URL_EXAMPLE} npm run build`,
  );
}

/**
 * The base every URL of the published manifest goes under, always ending in `/`: `https://host/path`
 * names the folder `path`, as a web server serves it, not a file `path` beside the pages.
 * `undefined` when the variable is unset: the build then writes the development manifest.
 *
 * @example publishBase("https://example.org/stoplicht").href === "https://example.org/stoplicht/"
 */
export function publishBase(value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  const raw = value.trim();
  // Set but empty is a mistake (an empty CI secret, a typo), not a wish for the localhost manifest.
  if (raw === "")
    refuse("is set but empty (leave it unset to build the development manifest for https://localhost:3000/)");
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) refuse(`"${raw}" has no https:// in front`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    refuse(`"${raw}" is not a valid URL`);
  }
  if (url.protocol !== "https:") refuse(`"${raw}" is not https: Office loads an add-in only over https://`);
  if (url.username || url.password) refuse(`"${raw}" holds a user name or password`);
  // The build appends file names (taskpane.html) to the base: a query or a fragment would swallow them.
  if (url.search || raw.includes("?")) refuse(`"${raw}" holds a query (?…): give the folder only`);
  if (url.hash || raw.includes("#")) refuse(`"${raw}" holds a fragment (#…): give the folder only`);
  // A pasted page address (…/taskpane.html) would otherwise become a folder of that name.
  const page = /[^/]+\.(html?|xml|js)$/i.exec(url.pathname);
  if (page) refuse(`"${raw}" names a file (${page[0]}): give the folder that holds it`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}
