import { describe, expect, it } from 'vitest';
import { effect, signal } from '../../src/ui/signals';

describe('signals', () => {
  it('re-runs an effect when a signal it read changes, not for an equal value or after stop', () => {
    const view = signal('hidden');
    const draft = signal<string[]>([]);
    const seen: string[] = [];
    const stop = effect(() => seen.push(`${view.value}:${draft.value.join()}`));
    view.value = 'banner';
    view.value = 'banner';
    draft.value = ['performance'];
    stop();
    view.value = 'hidden';
    expect(seen).toEqual(['hidden:', 'banner:', 'banner:performance']);
  });

  it('tracks only what the effect read, also when an effect sets a signal inside another', () => {
    const a = signal(1);
    const b = signal(1);
    const runs: string[] = [];
    effect(() => runs.push(`outer ${a.value}`));
    effect(() => {
      runs.push(`inner ${b.value}`);
      if (b.value === 2) a.value = 5;
    });
    b.value = 2;
    expect(runs).toEqual(['outer 1', 'inner 1', 'inner 2', 'outer 5']);
  });
});
