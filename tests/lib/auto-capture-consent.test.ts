import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addChosenSite, chooseAllSites, chooseChosenSites, removeChosenSite, turnAutoCaptureOff } from '../../lib/auto-capture-consent';
import { autoCaptureMode, chosenSites } from '../../lib/settings';
import { installFakePermissionsAndScripting } from '../helpers/fake-extension-apis';

let fakes: ReturnType<typeof installFakePermissionsAndScripting>;

beforeEach(() => {
  fakeBrowser.reset();
  fakes = installFakePermissionsAndScripting();
});

describe('the welcome page’s choices ask for exactly what they need', () => {
  it('"On all sites" asks for http and https pages and records the mode', async () => {
    expect(await chooseAllSites()).toBe(true);
    expect([...fakes.origins].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(await autoCaptureMode.getValue()).toBe('all-sites');
  });

  it('a refused prompt changes nothing', async () => {
    fakes.answerPrompts(false);
    expect(await chooseAllSites()).toBe(false);
    expect(fakes.origins.size).toBe(0);
    expect(await addChosenSite('example.com')).toBe('declined');
    expect(await chosenSites.getValue()).toEqual([]);
  });

  it('"Only on sites I add" gives back all-sites access; each added site asks for its own pages only', async () => {
    await chooseAllSites();
    await chooseChosenSites();
    expect(fakes.origins.size).toBe(0);
    expect(await autoCaptureMode.getValue()).toBe('chosen-sites');
    expect(await addChosenSite('https://www.Example.com/jobs')).toBe('added');
    expect([...fakes.origins].sort()).toEqual(['http://*.example.com/*', 'https://*.example.com/*']);
    expect(await chosenSites.getValue()).toEqual(['example.com']);
    expect(await addChosenSite('not a site')).toBe('invalid');
    await removeChosenSite('example.com');
    expect(fakes.origins.size).toBe(0);
    expect(await chosenSites.getValue()).toEqual([]);
  });

  it('turning auto-capture off gives back every site permission', async () => {
    await chooseChosenSites();
    await addChosenSite('example.com');
    await chooseAllSites();
    await turnAutoCaptureOff();
    expect(fakes.origins.size).toBe(0);
  });
});
