import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../lib/messaging';
import { strings } from '../lib/popup-strings';
import type { CaptureOutcome } from '../lib/protocol';
import { isWebUrl } from '../lib/safe-url';
import { loadDeferred } from './deferred';

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; message: string; tone: 'ok' | 'info' | 'error' }
  | { kind: 'none'; page?: { url: string; title: string } };

/** The page the popup was opened over; activeTab lets the popup see its URL and title. */
async function activePage(): Promise<{ url: string; title: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return isWebUrl(tab?.url) ? { url: tab.url, title: tab.title ?? '' } : undefined;
}

async function stateAfter(outcome: CaptureOutcome): Promise<State> {
  switch (outcome.status) {
    case 'added':
      return outcome.added === 0
        ? { kind: 'done', message: strings.alreadySaved(outcome.total), tone: 'info' }
        : { kind: 'done', message: strings.added(outcome.added), tone: 'ok' };
    case 'none':
      return { kind: 'none', page: await activePage().catch(() => undefined) };
    case 'unsupported':
      return { kind: 'done', message: strings.cantCapture, tone: 'error' };
    case 'error':
      return { kind: 'done', message: outcome.message, tone: 'error' };
  }
}

/**
 * "Capture this page" on the active tab (activeTab: no host permission needed), saying clearly
 * what happened. When a page has no action items, the page itself can become a to-do.
 */
export function CaptureButton() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const capture = async () => {
    setState({ kind: 'working' });
    try {
      setState(await stateAfter(await sendMessage('captureActiveTab', {})));
    } catch {
      setState({ kind: 'done', message: strings.unreachable, tone: 'error' });
    }
  };
  const addPage = async (page: { url: string; title: string }) => {
    const { db, addPageAsTodo } = await loadDeferred();
    await addPageAsTodo(db, page);
    setState({ kind: 'done', message: strings.pageAdded, tone: 'ok' });
  };
  const working = state.kind === 'working';
  return (
    <div class="capture">
      <button type="button" class="primary" onClick={() => void capture()} disabled={working} aria-busy={working}>
        {working ? strings.capturing : strings.capture}
      </button>
      <p class={`capture-status ${state.kind === 'done' ? state.tone : ''}`} role="status" aria-live="polite">
        {state.kind === 'done' && state.message}
        {state.kind === 'none' && strings.noneFound}
      </p>
      {state.kind === 'none' && state.page && (
        <button type="button" class="secondary" onClick={() => void addPage(state.page!)}>
          {strings.addPage}
        </button>
      )}
    </div>
  );
}
