export function findElectronBinary(): string | null;
export function electronMissingMessage(sampleDir: string): string;
