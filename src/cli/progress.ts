import cliProgress from "cli-progress";

export interface Progress {
  stage(index: number): void;
  stop(): void;
}

/** A three-stage bar on stderr (read, check, write) for large files; silent otherwise. */
export function createProgress(enabled: boolean, stages: [string, string, string]): Progress {
  if (!enabled) return { stage: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: "{bar} {stage}", stream: process.stderr, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    stage(index) {
      if (!started) {
        bar.start(stages.length, 0, { stage: stages[0] });
        started = true;
      }
      bar.update(index, { stage: stages[index] });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
