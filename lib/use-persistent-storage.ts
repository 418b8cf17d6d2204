import { useEffect, useState } from 'preact/hooks';

/**
 * Asks the browser to keep the extension's data under storage pressure, and says whether it does
 * (`undefined` while asking, or where the browser has no such API).
 */
export function usePersistentStorage(): boolean | undefined {
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persisted || !storage.persist) return;
    void storage
      .persisted()
      .then((already) => (already ? true : storage.persist()))
      .then(setGranted, () => setGranted(false));
  }, []);
  return granted;
}
