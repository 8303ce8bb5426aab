// What was the thread doing during each stall of the day simulation? Reads a V8 CPU profile of the
// run (`node --cpu-prof`) and the stalls it wrote (LOKET_STALL_LOG), and prints for each stall the
// samples in its window grouped by the running function and the project's own frame under it, and
// the longest gap without a sample: a thread the profiler could not sample was off the CPU (blocked
// in the kernel, or waiting for a core), which no function of ours explains.
// Run: npx tsx bench/support/stallsInProfile.ts <run.cpuprofile> <stalls.json>
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}
interface Stall {
  readonly endedAtUs: number;
  readonly ms: number;
}

/** The watchdog's tick: a stall of `ms` began this much before the tick that was late. */
const TICK_MS = 5;
/** A frame of the project's own code (not a dependency's, not Node's). */
const OURS = /\/(electron|db|shared|bench)\//;

const [profileFile, stallFile] = process.argv.slice(2);
if (!profileFile || !stallFile) throw new Error('usage: stallsInProfile.ts <run.cpuprofile> <stalls.json>');
const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as Profile;
const stalls = JSON.parse(readFileSync(stallFile, 'utf8')) as Stall[];

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const label = ({ callFrame: f }: ProfileNode) =>
  `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
const isOurs = (node: ProfileNode) =>
  OURS.test(node.callFrame.url) && !node.callFrame.url.includes('node_modules');
/** The running function and the innermost frame of ours under it. */
function where(nodeId: number): string {
  const leaf = nodes.get(nodeId)!;
  for (let id: number | undefined = nodeId; id !== undefined; id = parentOf.get(id)) {
    const node = nodes.get(id)!;
    if (isOurs(node)) return node === leaf ? label(leaf) : `${label(leaf)} ← ${label(node)}`;
  }
  return label(leaf);
}

const sampledAt: number[] = [];
let at = profile.startTime;
for (const delta of profile.timeDeltas) sampledAt.push((at += delta));

for (const stall of stalls) {
  const from = stall.endedAtUs - (stall.ms + TICK_MS) * 1000;
  const inWindow = sampledAt.flatMap((t, i) => (t >= from && t <= stall.endedAtUs ? [i] : []));
  let longestGapUs = 0;
  for (let k = 1; k < inWindow.length; k++)
    longestGapUs = Math.max(longestGapUs, sampledAt[inWindow[k]!]! - sampledAt[inWindow[k - 1]!]!);
  const counts = new Map<string, number>();
  for (const i of inWindow) {
    const key = where(profile.samples[i]!);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  console.log(
    `\nstall ${stall.ms.toFixed(1)} ms: ${inWindow.length} samples, longest gap ${(longestGapUs / 1000).toFixed(1)} ms`,
  );
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`  ${n}\t${key}`);
}
