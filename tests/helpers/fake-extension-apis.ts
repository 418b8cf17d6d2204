import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: unknown[]) => unknown;

function event() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))),
  };
}

interface Registered {
  id: string;
  js?: string[];
  matches?: string[];
  excludeMatches?: string[];
  runAt?: string;
}

/**
 * Does a granted match pattern cover a requested one? Enough of the browsers' rule for tests:
 * equal, `<all_urls>`, any host of the scheme, or a `*.domain` host covering the host.
 */
export function patternCovers(granted: string, wanted: string): boolean {
  if (granted === wanted || granted === '<all_urls>') return true;
  const parse = (p: string) => /^([^:]+):\/\/([^/]+)(\/.*)$/.exec(p);
  const g = parse(granted);
  const w = parse(wanted);
  if (!g || !w) return false;
  const [, gScheme, gHost, gPath] = g;
  const [, wScheme, wHost] = w;
  const schemeOk = gScheme === wScheme || (gScheme === '*' && (wScheme === 'http' || wScheme === 'https'));
  const hostOk =
    gHost === '*' ||
    gHost === wHost ||
    (gHost!.startsWith('*.') && (wHost === gHost!.slice(2) || wHost!.endsWith(gHost!.slice(1))));
  return schemeOk && hostOk && gPath === '/*';
}

/**
 * WXT's fake browser has no `permissions` or `scripting`; these in-memory stand-ins keep the
 * real APIs' semantics that the code relies on (a duplicate registration id is an error,
 * updating an unknown id is an error, permission changes fire their events).
 */
export function installFakePermissionsAndScripting(initialOrigins: string[] = []) {
  const origins = new Set(initialOrigins);
  const registered = new Map<string, Registered>();
  const onAdded = event();
  const onRemoved = event();
  const executed: unknown[] = [];
  /** What the next permissions.request answers: the user's click in the browser's prompt. */
  let userSays = true;

  const permissions = {
    getAll: async () => ({ origins: [...origins], permissions: [] }),
    contains: async (p: { origins?: string[] }) =>
      (p.origins ?? []).every((o) => [...origins].some((granted) => patternCovers(granted, o))),
    request: async (p: { origins?: string[] }) => {
      if (!userSays) return false;
      const added = (p.origins ?? []).filter((o) => !origins.has(o));
      added.forEach((o) => origins.add(o));
      if (added.length) await onAdded.trigger({ origins: added });
      return true;
    },
    remove: async (p: { origins?: string[] }) => {
      const removed = (p.origins ?? []).filter((o) => origins.delete(o));
      if (removed.length) await onRemoved.trigger({ origins: removed });
      return true;
    },
    onAdded,
    onRemoved,
  };
  const scripting = {
    getRegisteredContentScripts: async (filter?: { ids?: string[] }) =>
      [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    registerContentScripts: async (scripts: Registered[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    },
    updateContentScripts: async (scripts: Registered[]) => {
      for (const s of scripts) {
        if (!registered.has(s.id)) throw new Error(`No script with ID '${s.id}'`);
        registered.set(s.id, { ...registered.get(s.id), ...s });
      }
    },
    unregisterContentScripts: async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
    },
    executeScript: async (injection: unknown) => {
      executed.push(injection);
      return [];
    },
  };
  // Nor `contextMenus` or `commands` (which Firefox for Android lacks too).
  const menus = new Map<string, Record<string, unknown>>();
  const contextMenus = {
    create: (props: { id: string }) => {
      if (menus.has(props.id)) throw new Error(`Cannot create item with duplicate id ${props.id}`);
      menus.set(props.id, props);
    },
    removeAll: async () => menus.clear(),
    onClicked: event(),
  };
  const commands = { onCommand: event(), getAll: async () => [] };
  Object.assign(fakeBrowser, { permissions, scripting, contextMenus, commands });
  return {
    menus,
    contextMenus,
    commands,
    origins,
    registered,
    executed,
    permissions,
    scripting,
    /** Makes the browser's permission prompt answer yes or no from now on. */
    answerPrompts: (yes: boolean) => {
      userSays = yes;
    },
  };
}
