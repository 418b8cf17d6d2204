import { useState } from 'preact/hooks';
import { db } from '../db/database';
import { exportFile, exportFileName, type ExportKind } from '../lib/data-files';
import { downloadText } from '../lib/download-file';
import { OPTIONS } from '../lib/strings/options';

const KINDS: ExportKind[] = ['md', 'csv', 'json'];
/** Read at render time, so a language switch relabels the buttons. */
const label = (kind: ExportKind): string => ({ md: OPTIONS.exportMarkdown, csv: OPTIONS.exportCsv, json: OPTIONS.exportJson })[kind];

/** One button per format; each downloads actionable-YYYY-MM-DD.<ext>. */
export function OptionsExport() {
  const [failed, setFailed] = useState(false);
  const run = async (kind: ExportKind) => {
    try {
      const { text, type } = await exportFile(db, kind);
      downloadText(text, type, exportFileName(kind));
      setFailed(false);
    } catch (error) {
      console.error('Actionable: export failed', error);
      setFailed(true);
    }
  };
  return (
    <div class="export" role="group" aria-labelledby="export-heading">
      <h3 id="export-heading">{OPTIONS.exportHeading}</h3>
      <div class="buttons">
        {KINDS.map((kind) => (
          <button key={kind} type="button" onClick={() => void run(kind)}>
            {label(kind)}
          </button>
        ))}
      </div>
      <p class="problem" role="alert">
        {failed ? OPTIONS.exportFailed : ''}
      </p>
    </div>
  );
}
