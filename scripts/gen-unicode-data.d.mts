export const UNICODE_VERSION: string;
export const OUTPUT: string;
export const LB_CLASSES: readonly string[];
export const EAW_VALUES: readonly string[];
export function generateLineBreakData(): Promise<string>;
