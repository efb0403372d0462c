// The voice-activity worker's messages: the page sends 16 kHz mono samples, the worker answers with
// a speech probability per frame (or an error as an ordinary answer).

/** Samples per frame of the Silero model the worker runs (96 ms at 16 kHz). */
export const VAD_FRAME_SAMPLES = 1536;
export const VAD_SAMPLE_RATE = 16_000;
export const VAD_FRAME_MS = (VAD_FRAME_SAMPLES / VAD_SAMPLE_RATE) * 1000;

export type VadRequest = { type: 'analyse'; samples: Float32Array };

export type VadResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; probabilities: Float32Array; frameMs: number; modelMs: number }
  | { type: 'error'; message: string };
