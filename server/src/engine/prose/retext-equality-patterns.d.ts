// The data module behind the tsconfig path "retext-equality/patterns" (see equalityTrigger.ts).
declare module 'retext-equality/patterns' {
  export const patterns: ReadonlyArray<{ id: string; inconsiderate: Record<string, string> }>;
}
