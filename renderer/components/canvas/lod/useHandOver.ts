import { useEffect, useState } from 'react';

/**
 * Whether the canvas layer draws: from the moment it is wanted, and for two frames after, so
 * the cards taking over have been painted before it goes and the map never shows empty.
 */
export function useHandOver(active: boolean): boolean {
  const [lingering, setLingering] = useState(active);
  if (active && !lingering) setLingering(true);
  useEffect(() => {
    if (active) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setLingering(false));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [active]);
  return active || lingering;
}
