import { useState } from 'preact/hooks';
import { sendMessage } from '../lib/messaging';
import type { CaptureOutcome } from '../lib/protocol';

function describe(outcome: CaptureOutcome): string {
  switch (outcome.status) {
    case 'added':
      if (outcome.added === 0) return `Already saved: no new to-dos (${outcome.total} in the list).`;
      return outcome.added === 1 ? '1 to-do added.' : `${outcome.added} to-dos added.`;
    case 'none':
      return 'No action items found on this page.';
    case 'unsupported':
      return outcome.reason;
    case 'error':
      return outcome.message;
  }
}

/** "Capture this page": works on the active tab with no host permission (activeTab). */
export function CaptureButton() {
  const [state, setState] = useState<'idle' | 'working' | string>('idle');
  const capture = async () => {
    setState('working');
    try {
      setState(describe(await sendMessage('captureActiveTab', {})));
    } catch {
      setState('Actionable could not reach this page. Try reloading it.');
    }
  };
  return (
    <div class="capture">
      <button type="button" class="primary" onClick={capture} disabled={state === 'working'}>
        {state === 'working' ? 'Capturing…' : 'Capture this page'}
      </button>
      <p class="capture-status" role="status" aria-live="polite">
        {state === 'idle' || state === 'working' ? '' : state}
      </p>
    </div>
  );
}
