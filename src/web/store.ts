/**
 * The season kept in the browser (IndexedDB), so a reload keeps the results and the accepted
 * findings: one record per uploaded report (its result and, for annotation, its file) and one
 * record with the accepted list.
 */
import type { FileResult } from '../model.js';
import type { Accepted } from './accepted.js';

export interface Saved {
  id: number;
  name: string;
  result: FileResult;
  file?: Blob;
  /** The id of the earlier version this report is a revision of. */
  revisionOf?: number;
}

const DB = 'lkjip-lint';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('reports', { keyPath: 'id' });
      req.result.createObjectStore('meta');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB'));
  });
}

let db: Promise<IDBDatabase> | undefined;
const conn = () => (db ??= open());

async function tx<T>(store: string, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const d = await conn();
  return new Promise((resolve, reject) => {
    const t = d.transaction(store, mode);
    const req = work(t.objectStore(store));
    t.oncomplete = () => resolve(req ? req.result : undefined);
    t.onerror = () => reject(t.error ?? new Error('IndexedDB'));
  });
}

/** Errors of storage (private mode, quota) never stop the page: it then only forgets on reload. */
const quiet = <T>(p: Promise<T>) => p.catch(() => undefined);

export const saveReport = (r: Saved) => quiet(tx('reports', 'readwrite', (s) => void s.put(r)));
export const loadReports = async (): Promise<Saved[]> => ((await quiet(tx<Saved[]>('reports', 'readonly', (s) => s.getAll() as IDBRequest<Saved[]>))) ?? []).sort((a, b) => a.id - b.id);
export const clearReports = () => quiet(tx('reports', 'readwrite', (s) => void s.clear()));
export const saveAccepted = (list: Accepted[]) => quiet(tx('meta', 'readwrite', (s) => void s.put(list, 'accepted')));
export const loadAccepted = async (): Promise<Accepted[]> => ((await quiet(tx<Accepted[]>('meta', 'readonly', (s) => s.get('accepted') as IDBRequest<Accepted[]>))) ?? []);
