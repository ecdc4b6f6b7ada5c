/**
 * npx tsx bench/profile-summary.ts FILE.cpuprofile [--top N] [--filter TEXT] [--callers NAME]
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time per function and per source file, and
 * total (inclusive) time per function, so hotspots can be named without opening the inspector.
 * --filter keeps only functions whose file contains TEXT (e.g. src/engine/catalog); --callers lists
 * who calls the functions named NAME, by the time spent in them from each caller.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*?\/(src|node_modules|bench|test)\//, '$1/');

export function summarize(profile: Profile, top = 25, filter?: string, callersOf?: string): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const selfByFn = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  const totalByFn = new Map<string, number>();
  const byCaller = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const n = byId.get(id)!;
    selfByFn.set(label(n), (selfByFn.get(label(n)) ?? 0) + ms);
    const file = shortUrl(n.callFrame.url) || `(${n.callFrame.functionName || 'native'})`;
    selfByFile.set(file, (selfByFile.get(file) ?? 0) + ms);
    // Inclusive time: every distinct function on the stack gets the sample once.
    const seen = new Set<string>();
    let callerCounted = false;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const node = byId.get(cur)!;
      const l = label(node);
      // The outermost call of NAME on this stack is charged to its caller.
      if (callersOf && node.callFrame.functionName === callersOf && !callerCounted) {
        let up = parent.get(cur);
        while (up !== undefined && byId.get(up)!.callFrame.functionName === callersOf) up = parent.get(up);
        if (up !== undefined) {
          const c = label(byId.get(up)!);
          byCaller.set(c, (byCaller.get(c) ?? 0) + ms);
          callerCounted = true;
        }
      }
      if (seen.has(l)) continue;
      seen.add(l);
      totalByFn.set(l, (totalByFn.get(l) ?? 0) + ms);
    }
  }
  const keep = (k: string) => !filter || k.includes(filter);
  const list = (m: Map<string, number>) =>
    [...m]
      .filter(([k]) => keep(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `  ${ms.toFixed(0).padStart(7)} ms  ${k}`)
      .join('\n');
  const wall = (profile.endTime - profile.startTime) / 1000;
  return [
    `profile: ${wall.toFixed(0)} ms`,
    'self time by function:',
    list(selfByFn),
    'self time by file:',
    list(selfByFile),
    'total time by function:',
    list(totalByFn),
    ...(callersOf ? [`callers of ${callersOf}:`, list(byCaller)] : []),
  ].join('\n');
}

if (require.main === module) {
  const [file] = process.argv.slice(2);
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  console.log(summarize(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(arg('--top') ?? 25), arg('--filter'), arg('--callers')));
}
