import { useEffect, useState } from 'react';

/**
 * False for the first paint, true from the next frame on: for parts of the page that may load
 * their code once the page is already on screen and usable.
 */
export function useAfterFirstPaint(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    // a frame, then a task: the first frame has been painted when this runs
    const frame = requestAnimationFrame(() => setTimeout(() => setAfter(true), 0));
    return () => cancelAnimationFrame(frame);
  }, []);
  return after;
}
