/**
 * Checkpoints the WAL from a thread of its own while SqliteStore prunes
 * (sqlite-store.ts `prune`). Plain JavaScript, so it loads in any Node (npm
 * start under tsx, vitest, the Docker image) without a TypeScript loader.
 *
 * Why: the prune's deletes are quick in small batches (about 2 ms per 500
 * rows), but the WAL checkpoints they cause took 30–120 ms each, fsync
 * included (npm run bench), and SQLite runs an automatic checkpoint on the
 * connection that commits — the one answering questions. During a prune that
 * connection's automatic checkpoints are off and this thread checkpoints
 * instead: a PASSIVE checkpoint takes no lock a writer needs, so the main
 * thread's commits never wait for it.
 */
import { workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { file, everyMs, busyTimeoutMs, stop } = workerData;
const stopped = new Int32Array(stop);
const db = new Database(file, { timeout: busyTimeoutMs });
// Sleeps between checkpoints, waking at once when told to stop; one last checkpoint then.
while (Atomics.wait(stopped, 0, 0, everyMs) !== 'not-equal' && Atomics.load(stopped, 0) === 0) db.pragma('wal_checkpoint(PASSIVE)');
db.pragma('wal_checkpoint(PASSIVE)');
db.close();
