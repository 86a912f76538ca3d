// Shared by the Node and workerd sides so both time the same way. workerd's clock ticks by whole
// milliseconds, so small instances are repeated and the mean is reported.

export const repeatsFor = (size: number) => (size <= 200 ? 20 : size <= 1000 ? 5 : 3);

export function timeMean<T>(repeat: number, run: () => T): [T, number] {
  let value: T | undefined;
  const started = performance.now();
  for (let k = 0; k < repeat; k++) value = run();
  return [value!, (performance.now() - started) / repeat];
}
