/**
 * The entry of a lint worker (pool.ts), as a child process or a worker thread: loads the task
 * module, says it is ready, then runs one task at a time and answers with its result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { setWorkReporter, type WorkProgress } from './work-progress.js';

interface Request {
  name: string;
  task: unknown;
}
type Answer = { ready: true } | { result: unknown } | { error: string } | { progress: WorkProgress };

const href = parentPort ? (workerData as { module: string }).module : process.argv[2]!;
const send = (m: Answer) => (parentPort ? parentPort.postMessage(m) : process.send!(m));
setWorkReporter((progress) => send({ progress }));
const tasks = (await import(href)) as Record<string, (task: unknown) => Promise<unknown>>;

async function answer({ name, task }: Request): Promise<void> {
  try {
    send({ result: await tasks[name]!(task) });
  } catch (e) {
    send({ error: e instanceof Error ? `${e.message}${e.stack ? `\n${e.stack}` : ''}` : String(e) });
  }
}

if (parentPort) parentPort.on('message', (m: Request) => void answer(m));
else {
  process.on('message', (m: Request) => void answer(m));
  // The supervisor is gone (killed, or exited without stopping us): so are we.
  process.on('disconnect', () => process.exit(0));
}
send({ ready: true });
