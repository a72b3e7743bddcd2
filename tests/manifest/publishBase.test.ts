import { BASE_URL_EXAMPLE, PublishBaseError, publishBase } from "../../scripts/manifest/publishBase";

describe("publishBase: where dist/ is hosted, from STOPLICHT_BASE_URL", () => {
  it("is undefined when the variable is unset: the build writes the development manifest", () => {
    expect(publishBase(undefined)).toBeUndefined();
  });

  it.each([
    ["a folder", "https://example.org/stoplicht/", "https://example.org/stoplicht/"],
    [
      "a folder without its trailing slash",
      "https://example.org/stoplicht",
      "https://example.org/stoplicht/",
    ],
    ["a host's root", "https://example.org", "https://example.org/"],
    [
      "a port and a deeper folder",
      "https://intranet.provincie.nl:8443/apps/stoplicht",
      "https://intranet.provincie.nl:8443/apps/stoplicht/",
    ],
    ["spaces around it, as pasted", "  https://example.org/stoplicht/ \n", "https://example.org/stoplicht/"],
    ["upper case in scheme and host", "HTTPS://Example.ORG/Stoplicht/", "https://example.org/Stoplicht/"],
    ["a space in a folder name", "https://example.org/mijn map", "https://example.org/mijn%20map/"],
  ])("takes %s", (_what, value, href) => {
    expect(publishBase(value)?.href).toBe(href);
  });

  it.each([
    ["an empty value", "", "is set but empty"],
    ["plain http", "http://example.org/stoplicht/", '"http://example.org/stoplicht/" is not https'],
    ["another scheme", "ftp://example.org/stoplicht/", "is not https"],
    ["no scheme", "example.org/stoplicht/", '"example.org/stoplicht/" has no https:// in front'],
    ["a host-less scheme", "https:example.org", "has no https:// in front"],
    ["no host", "https://", '"https://" is not a valid URL'],
    ["a space in the host", "https://exa mple.org/", "is not a valid URL"],
    ["a port out of range", "https://example.org:99999/", "is not a valid URL"],
    ["a user name and password", "https://user:secret@example.org/", "holds a user name or password"],
    ["a query", "https://example.org/stoplicht/?v=2", "holds a query"],
    ["an empty query", "https://example.org/stoplicht/?", "holds a query"],
    ["a fragment", "https://example.org/stoplicht/#top", "holds a fragment"],
    [
      "a page instead of its folder",
      "https://example.org/stoplicht/taskpane.html",
      "names a file (taskpane.html)",
    ],
    [
      "the manifest instead of its folder",
      "https://example.org/stoplicht/manifest.xml",
      "names a file (manifest.xml)",
    ],
  ])("refuses %s, saying what is wrong and giving an example", (_what, value, problem) => {
    let error: unknown;
    try {
      publishBase(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PublishBaseError);
    const message = (error as Error).message;
    expect(message).toMatch(/^STOPLICHT_BASE_URL /);
    expect(message).toContain(problem);
    expect(message).toContain(`for example: STOPLICHT_BASE_URL=${BASE_URL_EXAMPLE} npm run build`);
  });

  it("gives an example that it takes itself", () => {
    expect(publishBase(BASE_URL_EXAMPLE)?.href).toBe(BASE_URL_EXAMPLE);
  });
});
