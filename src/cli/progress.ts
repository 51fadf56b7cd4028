/**
 * Progress on stderr while analysing: documents done, MB/s and ETA. Only when stderr is a TTY and not
 * --quiet, so CI logs and pipes stay clean.
 */
import cliProgress from 'cli-progress';
import type { AnalyzeProgress } from '../analyze.js';
import { t } from '../messages/index.js';

export interface Progress {
  update: (p: AnalyzeProgress) => void;
  stop: () => void;
}

/** A cli-progress bar, or a no-op when quiet or not on a terminal. */
export function createProgress(quiet: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (quiet || !stream.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: t('analyze.progress'), stream, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let active = false;
  return {
    update(p) {
      const seconds = (performance.now() - started) / 1000;
      const mbps = seconds > 0 ? (p.bytes / 1e6 / seconds).toFixed(1) : '0.0';
      if (!active) {
        bar.start(p.total, p.done, { mbps });
        active = true;
      } else bar.update(p.done, { mbps });
    },
    stop() {
      if (active) bar.stop();
    },
  };
}
