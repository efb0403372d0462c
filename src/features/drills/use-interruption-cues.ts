import { useEffect } from 'react';
import { useSettingsStore } from '../../stores/settings-store.ts';

const CHIME_HZ = 880;
const CHIME_SECONDS = 0.18;

function chime(): void {
  try {
    const ctx = new AudioContext();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = CHIME_HZ;
    gain.gain.setValueAtTime(0.15, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + CHIME_SECONDS);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + CHIME_SECONDS);
    osc.onended = () => void ctx.close();
  } catch {
    // No audio device or autoplay refused: the dialog itself is the cue.
  }
}

function speak(text: string): void {
  if (!('speechSynthesis' in window)) return;
  // Only local voices: the app never sends text off the device.
  const voice = speechSynthesis.getVoices().find((v) => v.localService);
  if (!voice) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  speechSynthesis.speak(utterance);
}

/** Optional chime and spoken question when an interruption appears (both off by default). */
export function useInterruptionCues(question: string | null): void {
  const chimeOn = useSettingsStore((s) => s.interruptionChime);
  const speakOn = useSettingsStore((s) => s.speakQuestions);
  useEffect(() => {
    if (!question) return;
    if (chimeOn) chime();
    if (speakOn) speak(question);
  }, [question, chimeOn, speakOn]);
}
