export const root: string;
export function buildIsFresh(): boolean;
export function ensureBuilt(): void;
