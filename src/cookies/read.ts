/** Reading cookies, apart from writing them (write.ts): the loader only ever reads. */

/** `document.cookie` throws in sandboxed frames and some privacy modes: treat that as empty. */
export const safely = <T>(action: () => T, fallback: T): T => {
  try {
    return action();
  } catch {
    return fallback;
  }
};

/**
 * Every value the browser sends for the cookie `name`, as `writeCookie` wrote it. There are several
 * when copies of the name exist on a parent domain or a longer path (set by a sibling subdomain,
 * say); a value that is not valid URI encoding makes the whole read empty.
 */
export const readCookies = (name: string): string[] =>
  safely(
    () =>
      document.cookie
        .split('; ')
        .filter((pair) => pair.startsWith(name + '='))
        .map((pair) => decodeURIComponent(pair.slice(name.length + 1))),
    [],
  );
