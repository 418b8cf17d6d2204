// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomePage } from '../../components/WelcomePage';
import { autoCaptureMode, captureScope } from '../../lib/settings';
import { installFakePermissionsAndScripting } from '../helpers/fake-extension-apis';

let fakes: ReturnType<typeof installFakePermissionsAndScripting>;

beforeEach(() => {
  fakeBrowser.reset();
  fakes = installFakePermissionsAndScripting();
});
afterEach(cleanup);

describe('the welcome page', () => {
  it('starts off, asks for all sites at a click, and can be turned off again', async () => {
    render(<WelcomePage />);
    expect(await screen.findByText(/Auto-capture is off/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'On all sites' }));
    expect(await screen.findByText('Auto-capture is on for all sites.')).toBeTruthy();
    expect([...fakes.origins].sort()).toEqual(['http://*/*', 'https://*/*']);
    fireEvent.click(screen.getByRole('button', { name: 'Turn auto-capture off' }));
    expect(await screen.findByText(/Auto-capture is off/)).toBeTruthy();
    expect(fakes.origins.size).toBe(0);
  });

  it('says so when the browser prompt is refused', async () => {
    fakes.answerPrompts(false);
    render(<WelcomePage />);
    fireEvent.click(await screen.findByRole('button', { name: 'On all sites' }));
    expect(await screen.findByText(/Permission was not given/)).toBeTruthy();
  });

  it('"Only on sites I add" shows the site field; an added site turns capture on for it', async () => {
    render(<WelcomePage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Only on sites I add' }));
    const field = await screen.findByLabelText('Add a site');
    expect(await autoCaptureMode.getValue()).toBe('chosen-sites');
    fireEvent.input(field, { target: { value: 'example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Auto-capture is on for 1 site.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove example.com' })).toBeTruthy();
  });

  it('switches the scope to any advice', async () => {
    render(<WelcomePage />);
    fireEvent.click(await screen.findByLabelText('Any advice'));
    await screen.findByText(/Auto-capture is off/);
    expect(await captureScope.getValue()).toBe('all');
  });
});
