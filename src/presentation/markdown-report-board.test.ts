// The design round's board in the Markdown report: the picture embedded as a base64 SVG data URI
// with the board in words as its alt text, and nothing else ever embedded.
import { describe, expect, it } from 'vitest';
import { boardLines, type ReportBoard } from './markdown-report-sessions.ts';
import { markdownReport } from './markdown-report.ts';
import type { SessionRecord } from '../domain/loop-records.ts';

const svg = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>').toString('base64')}`;
const board: ReportBoard = {
  summary: '2 shapes: 1 rectangle, 1 arrow',
  svgDataUri: svg,
  fileName: 'mockloop-board-2026-12-03-1405.svg',
};

const design: SessionRecord = {
  id: 'd1',
  kind: 'design',
  startedAt: Date.UTC(2026, 11, 3, 14, 5),
  durationMs: 3_600_000,
  promptId: 'ads',
  promptTitle: 'Ads ranking',
  steps: [],
  numbers: {},
};

describe('the board in the Markdown report', () => {
  it('embeds the final board as an image, its words as alt text, and names the downloadable SVG', () => {
    expect(boardLines(board)).toEqual([
      '- Board: 2 shapes: 1 rectangle, 1 arrow (the final board; the review\'s "Download board (SVG)" saves it as mockloop-board-2026-12-03-1405.svg)',
      '',
      `  ![Final board: 2 shapes: 1 rectangle, 1 arrow](${svg})`,
    ]);
    const md = markdownReport({ rounds: [], sessions: [{ session: design, board }], gaps: [], categories: [], now: 0 });
    expect(md).toContain(`![Final board: 2 shapes: 1 rectangle, 1 arrow](${svg})`);
  });

  it('says nothing of a board when none was drawn', () => {
    expect(boardLines(undefined)).toEqual([]);
    const md = markdownReport({ rounds: [], sessions: [{ session: design }], gaps: [], categories: [], now: 0 });
    expect(md).not.toContain('Board');
  });

  it('embeds nothing but a base64 SVG data URI: no link out, no way to end the image early', () => {
    for (const uri of [
      'https://example.com/board.svg',
      'data:image/svg+xml;utf8,<svg onload=alert(1)>',
      `${svg}) [click](https://example.com`,
      `${svg}\n# heading`,
      'javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
    ]) {
      const lines = boardLines({ ...board, svgDataUri: uri });
      expect(lines).toHaveLength(1);
      expect(lines.join('\n')).not.toContain('](');
    }
    expect(boardLines({ ...board, svgDataUri: null })).toHaveLength(1);
  });

  it('keeps the words inert', () => {
    const [line] = boardLines({ ...board, summary: '](x) <img src=x> # h', svgDataUri: null });
    expect(line).not.toMatch(/(?<!\\)<img/);
    expect(line).toContain('\\]');
  });

  it('gives a coding round’s Sketch the same, under the round', () => {
    const md = markdownReport({
      rounds: [
        {
          round: { id: 'r1', problemIds: ['two-sum'], startedAt: 0, durationMs: 45 * 60_000 },
          events: [],
          titles: { 'two-sum': 'Two Sum' },
          sketch: { ...board, fileName: null },
        },
      ],
      gaps: [],
      categories: [],
      now: 0,
    });
    expect(md).toContain('- Sketch: 2 shapes: 1 rectangle, 1 arrow (the final sketch)');
    expect(md).toContain(`  ![Final sketch: 2 shapes: 1 rectangle, 1 arrow](${svg})`);
  });
});
