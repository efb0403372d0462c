import { describe, expect, it } from 'vitest';
import * as keys from './storage-keys.ts';

describe('storage keys', () => {
  it('are the strings browsers already hold data under (changing one needs a migration)', () => {
    expect(keys.UNSAVED_DRAFT_PREFIX).toBe('mockloop:unsaved:');
    expect(keys.UNSAVED_PRACTICE_ROUND_PREFIX).toBe('mockloop:unsaved-session:');
    expect(keys.ROUND_EDIT_LOCK_PREFIX).toBe('mockloop:round-edit:');
    expect(keys.ROUND_EDIT_CHANNEL).toBe('mockloop:round-edit');
    expect(keys.SETTINGS_KEY).toBe('mockloop-settings');
    expect(keys.pairingKey('r1')).toBe('mockloop.pairing.r1');
    expect(keys.pairDocKey('r1')).toBe('mockloop.pair-doc.r1');
    expect(keys.PAIR_SWAP_KEY).toBe('mockloop.pair-swap');
    expect(keys.pairPeerKey('room')).toBe('mockloop.pair-peer.room');
    expect(keys.pairNotesKey('room')).toBe('mockloop.pair-notes.room');
    expect(keys.PAIR_SERVER_KEY).toBe('mockloop.pair-server');
    expect(keys.sketchOpenKey('r1')).toBe('mockloop.sketch-open.r1');
    expect(keys.sketchBoardId('r1')).toBe('sketch:r1');
  });
});
