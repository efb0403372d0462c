// Properties of the interviewer's schedule and question choice: when it cuts in (spacing, bounds,
// reproducibility from the seed), which slot is due as a round goes on, and which question fits
// the moment. Each is checked against a short oracle or a simulated round written here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INTERRUPTION_PRESETS_MIN,
  chooseQuestion,
  dueSlot,
  interruptionTimes,
  phaseAt,
  seededRandom,
  type Family,
  type InterruptionSettings,
  type Phase,
  type Prompt,
  type QuestionContext,
} from './interruption-scheduler.ts';

const MINUTE = 60_000;
/** Random gaps are never shorter than this (interruption-scheduler.ts MIN_GAP_MS). */
const MIN_GAP = 30_000;
/** Rounding each random time to a whole ms moves a gap by at most this much. */
const ROUNDING = 1;
const PHASES = ['early', 'middle', 'late'] as const;

const seed = fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 });
/** The presets, other whole minutes, and halves (all exact in binary, as the UI's values are). */
const everyMin = fc.oneof(
  fc.constantFrom(...INTERRUPTION_PRESETS_MIN),
  fc.integer({ min: 1, max: 15 }),
  fc.integer({ min: 1, max: 20 }).map((n) => n / 2),
);
const durationMs = fc.oneof(
  fc.integer({ min: 1, max: 180 }).map((m) => m * MINUTE),
  fc.integer({ min: 0, max: 3 * 60 * MINUTE }),
);
const fixed = fc.record({ mode: fc.constant('fixed' as const), everyMin, seed });
const random = fc.record({ mode: fc.constant('random' as const), everyMin, seed });
const settings: fc.Arbitrary<InterruptionSettings> = fc.oneof(fixed, random);

/** The slot the oracle would ask: the latest one reached, unless already asked. */
function dueOracle(times: readonly number[], elapsed: number, asked: ReadonlySet<number>): number | null {
  const reached = times.filter((t) => t <= elapsed).length - 1;
  return reached < 0 || asked.has(reached) ? null : reached;
}

function gapsOf(times: readonly number[]): number[] {
  return times.map((t, i) => t - (i === 0 ? 0 : times[i - 1]!));
}

describe('interruptionTimes (properties)', () => {
  it('fixed mode asks at N, 2N, … up to and including the end, and nowhere else', () => {
    fc.assert(
      fc.property(fixed, durationMs, (s, d) => {
        const mean = s.everyMin * MINUTE;
        const oracle = Array.from({ length: Math.floor(d / mean) }, (_, i) => (i + 1) * mean);
        expect(interruptionTimes(s, d)).toEqual(oracle);
      }),
    );
  });

  it('random mode draws whole-ms times, strictly increasing, inside (0, duration], each gap within ±50% of N', () => {
    fc.assert(
      fc.property(random, durationMs, (s, d) => {
        const mean = s.everyMin * MINUTE;
        const shortest = Math.max(MIN_GAP, 0.5 * mean);
        const longest = Math.max(MIN_GAP, 1.5 * mean);
        const times = interruptionTimes(s, d);
        expect(times.filter((t) => !Number.isInteger(t) || t <= 0 || t > d)).toEqual([]);
        expect(gapsOf(times).filter((g) => g < shortest - ROUNDING || g > longest + ROUNDING)).toEqual([]);
        // Nothing is left out at the end: one more gap of any allowed length would pass it.
        expect(d - (times.at(-1) ?? 0)).toBeLessThan(longest + ROUNDING);
      }),
    );
  });

  it('gives the same schedule for the same seed (and for seeds equal as 32-bit words)', () => {
    fc.assert(
      fc.property(settings, durationMs, (s, d) => {
        expect(interruptionTimes({ ...s }, d)).toEqual(interruptionTimes(s, d));
        expect(interruptionTimes({ ...s, seed: s.seed + 2 ** 32 }, d)).toEqual(interruptionTimes(s, d));
      }),
    );
  });

  it('does not move questions already scheduled when the round is longer', () => {
    fc.assert(
      fc.property(settings, durationMs, durationMs, (s, d1, d2) => {
        const [short, long] = [Math.min(d1, d2), Math.max(d1, d2)];
        const a = interruptionTimes(s, short);
        const b = interruptionTimes(s, long);
        expect(b.slice(0, a.length)).toEqual(a);
        if (b.length > a.length) expect(b[a.length]!).toBeGreaterThanOrEqual(short);
      }),
    );
  });

  it('asks nothing when off or when N is not positive', () => {
    fc.assert(
      fc.property(
        seed,
        fc.oneof(everyMin, fc.integer({ min: -5, max: 0 })),
        durationMs,
        fc.constantFrom('off', 'fixed', 'random'),
        (sd, every, d, mode) => {
          expect(interruptionTimes({ mode: 'off', everyMin: every, seed: sd }, d)).toEqual([]);
          if (every <= 0)
            expect(
              interruptionTimes({ mode: mode as InterruptionSettings['mode'], everyMin: every, seed: sd }, d),
            ).toEqual([]);
        },
      ),
    );
  });
});

describe('seededRandom (properties)', () => {
  it('yields numbers in [0, 1), the same sequence for the same seed', () => {
    fc.assert(
      fc.property(seed, (sd) => {
        const draw = (random: () => number) => Array.from({ length: 50 }, () => random());
        const a = draw(seededRandom(sd));
        expect(a.filter((x) => !(x >= 0 && x < 1))).toEqual([]);
        expect(draw(seededRandom(sd))).toEqual(a);
      }),
    );
  });
});

describe('dueSlot (properties)', () => {
  const schedule = fc.tuple(settings, durationMs).map(([s, d]) => interruptionTimes(s, d));
  const sortedTimes = fc.oneof(
    schedule,
    fc.array(fc.integer({ min: 0, max: 10 * MINUTE }), { maxLength: 8 }).map((t) => t.sort((a, b) => a - b)),
  );

  it('gives the latest slot reached unless it was asked: never a future one, never one already asked', () => {
    fc.assert(
      fc.property(
        sortedTimes,
        fc.integer({ min: -MINUTE, max: 3 * 60 * MINUTE }),
        fc.uniqueArray(fc.nat(12), { maxLength: 6 }),
        (times, elapsed, askedList) => {
          const asked = new Set(askedList);
          const slot = dueSlot(times, elapsed, asked);
          expect(slot).toBe(dueOracle(times, elapsed, asked));
          if (slot === null) return;
          expect(times[slot]!).toBeLessThanOrEqual(elapsed);
          expect(asked.has(slot)).toBe(false);
          // Only one question at a time: once this one is asked, nothing else is due at this moment.
          expect(dueSlot(times, elapsed, new Set([...asked, slot]))).toBeNull();
        },
      ),
    );
  });

  it('in a simulated round, asks slots in order, each once and not before its time, skipping only those slept through', () => {
    // Mostly a ticking clock (every 0.5–1 s); sometimes the tab sleeps for up to 15 minutes.
    const ticks = fc.array(
      fc.oneof(
        { weight: 9, arbitrary: fc.integer({ min: 500, max: 1_000 }) },
        { weight: 1, arbitrary: fc.integer({ min: 1_001, max: 15 * MINUTE }) },
      ),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(
        settings,
        fc.integer({ min: 1, max: 60 }),
        ticks,
        fc.integer({ min: 0, max: 20_000 }),
        (s, minutes, tickGaps, answerMs) => {
          const d = minutes * MINUTE;
          const times = interruptionTimes(s, d);
          const asked = new Set<number>();
          const order: number[] = [];
          let openUntil = -Infinity;
          let dense = true;
          let i = 0;
          for (let elapsed = 0; elapsed <= d;) {
            const gap = tickGaps[i++ % tickGaps.length]!;
            dense &&= gap <= 1_000;
            elapsed = Math.min(d, elapsed + gap);
            if (elapsed >= openUntil) {
              const slot = dueSlot(times, elapsed, asked);
              if (slot !== null) {
                expect(times[slot]!).toBeLessThanOrEqual(elapsed);
                expect(slot === times.length - 1 || times[slot + 1]! > elapsed).toBe(true);
                asked.add(slot);
                order.push(slot);
                openUntil = elapsed + answerMs;
              }
            }
            if (elapsed === d) break;
          }
          order.forEach((slot, k) => k > 0 && expect(slot).toBeGreaterThan(order[k - 1]!));
          // Awake all along and answering faster than the shortest gap: nothing is skipped.
          if (dense) expect(order).toEqual(times.map((_, k) => k));
        },
      ),
    );
  });
});

describe('phaseAt (properties)', () => {
  const rank = (p: Phase) => PHASES.indexOf(p as (typeof PHASES)[number]);

  it('splits the round into quarters and never goes back as time passes', () => {
    // Often exactly at a quarter boundary or a millisecond either side of one.
    const round = fc.oneof(
      fc.integer({ min: 1, max: 6 * 60 * MINUTE }),
      fc.integer({ min: 1, max: 90 }).map((m) => m * MINUTE),
    );
    const boundary = (d: number) =>
      fc.tuple(fc.constantFrom(d / 4, (3 * d) / 4), fc.constantFrom(-1, 0, 1)).map(([q, k]) => Math.ceil(q) + k);
    const moment = round.chain((d) =>
      fc.tuple(fc.constant(d), fc.oneof(fc.integer({ min: -MINUTE, max: 7 * 60 * MINUTE }), boundary(d))),
    );
    fc.assert(
      fc.property(moment, fc.nat(60 * MINUTE), ([d, e], later) => {
        const oracle: Phase = 4 * e < d ? 'early' : 4 * e >= 3 * d ? 'late' : 'middle';
        expect(phaseAt(e, d)).toBe(oracle);
        expect(rank(phaseAt(e + later, d))).toBeGreaterThanOrEqual(rank(phaseAt(e, d)));
        expect(phaseAt(0, d)).toBe('early');
        expect(phaseAt(d, d)).toBe('late');
      }),
    );
  });

  it('calls every moment of a round without length late', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MINUTE, max: 0 }), fc.integer(), (d, e) => {
        expect(phaseAt(e, d)).toBe('late');
      }),
    );
  });
});

describe('chooseQuestion (properties)', () => {
  const family = fc.constantFrom<Family>('algorithm', 'ml');
  const prompt: fc.Arbitrary<Prompt> = fc.record({
    // Never of the form followup-N, which names the problem's own follow-ups.
    id: fc.stringMatching(/^[a-z]{1,3}[0-9]?$/),
    text: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.string({ maxLength: 4 }).map((t) => `${t}{minutesLeft}${t}{minutesLeft}`),
    ),
    phase: fc.constantFrom<Phase>('early', 'middle', 'late', 'after-failure'),
    families: fc.subarray<Family>(['algorithm', 'ml'], { minLength: 1 }),
  });
  const randomness = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
    minLength: 1,
    maxLength: 6,
  });

  const context = fc
    .record({
      family,
      minutes: fc.integer({ min: 1, max: 90 }),
      elapsed: fc.nat(),
      lastRunFailed: fc.boolean(),
      followups: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
      prompts: fc.uniqueArray(prompt, { selector: (p) => p.id, maxLength: 8 }),
      askedMask: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      draws: randomness,
    })
    .map(({ minutes, elapsed, askedMask, draws, ...rest }): QuestionContext => {
      const ids = [...rest.prompts.map((p) => p.id), ...rest.followups.map((_, i) => `followup-${i}`)];
      let k = 0;
      return {
        ...rest,
        durationMs: minutes * MINUTE,
        elapsedMs: elapsed % (minutes * MINUTE + 1),
        asked: new Set(ids.filter((_, i) => askedMask[i % askedMask.length])),
        random: () => draws[k++ % draws.length]!,
      };
    });

  /** What may still be asked: prompts for this family and follow-ups, none asked yet. */
  function open(ctx: QuestionContext) {
    return {
      prompts: ctx.prompts.filter((p) => p.families.includes(ctx.family) && !ctx.asked.has(p.id)),
      followups: ctx.followups.map((text, i) => ({ id: `followup-${i}`, text })).filter((f) => !ctx.asked.has(f.id)),
    };
  }

  it('asks nothing twice, only prompts for this family, with the minutes left filled in, and null only when all are asked', () => {
    fc.assert(
      fc.property(context, (ctx) => {
        const q = chooseQuestion(ctx);
        const left = open(ctx);
        expect(q === null).toBe(left.prompts.length === 0 && left.followups.length === 0);
        if (!q) return;
        expect(ctx.asked.has(q.id)).toBe(false);
        if (q.source === 'followup') {
          // Follow-ups go in the bank's order.
          expect(q).toEqual({ ...left.followups[0], source: 'followup' });
          return;
        }
        const p = left.prompts.find((x) => x.id === q.id);
        expect(p).toBeDefined();
        const minutesLeft = Math.ceil((ctx.durationMs - ctx.elapsedMs) / MINUTE);
        expect(q.text).toBe(p!.text.split('{minutesLeft}').join(String(minutesLeft)));
      }),
    );
  });

  it('fits the moment: what failed after a failed run, clarifying early, the phase or a follow-up later', () => {
    fc.assert(
      fc.property(context, (ctx) => {
        const q = chooseQuestion(ctx);
        const left = open(ctx);
        const phase = phaseAt(ctx.elapsedMs, ctx.durationMs);
        const phaseOf = (id: string) => left.prompts.find((p) => p.id === id)?.phase;
        const has = (ph: Phase) => left.prompts.some((p) => p.phase === ph);
        if (ctx.lastRunFailed && has('after-failure')) {
          expect(phaseOf(q!.id)).toBe('after-failure');
        } else if (phase === 'early') {
          if (has('early')) expect(phaseOf(q!.id)).toBe('early');
        } else if (has(phase) || left.followups.length > 0) {
          expect(q!.source === 'followup' || phaseOf(q!.id) === phase).toBe(true);
        }
      }),
    );
  });

  it('asking until nothing is left goes through every fitting prompt and follow-up exactly once', () => {
    fc.assert(
      fc.property(context, fc.nat(5), (ctx, stepMinutes) => {
        const asked = new Set(ctx.asked);
        const expected = open(ctx);
        const seen: string[] = [];
        let elapsed = ctx.elapsedMs;
        for (let n = 0; n <= ctx.prompts.length + ctx.followups.length; n++) {
          const q = chooseQuestion({
            ...ctx,
            asked,
            elapsedMs: elapsed,
            lastRunFailed: n % 2 === 0 && ctx.lastRunFailed,
          });
          if (!q) break;
          seen.push(q.id);
          asked.add(q.id);
          elapsed = Math.min(ctx.durationMs, elapsed + stepMinutes * MINUTE);
        }
        expect(seen.sort()).toEqual(
          [...expected.prompts.map((p) => p.id), ...expected.followups.map((f) => f.id)].sort(),
        );
      }),
    );
  });
});
