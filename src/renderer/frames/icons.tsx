// icons.tsx: the small line icons of the frame toolbar, 16 × 16, drawn in currentColor.
import type { ReactNode } from 'react';

const PATHS: Readonly<Record<string, string>> = {
  select: 'M4 2v11l3-3 2 4 2-1-2-4h4z',
  text: 'M3 3h10v2M8 3v10M6 13h4',
  image: 'M2 3h12v10H2zM2 13l4-5 3 3 2-2 3 4',
  rule: 'M2 8h12',
  box: 'M3 3h10v10H3z',
  threads: 'M2 4h5v4H2zM9 8h5v4H9zM7 6c2 0 2 4 2 4',
  'align-left': 'M2 2v12M4 4h8v3H4zM4 9h5v3H4z',
  'align-centre': 'M8 2v12M3 4h10v3H3zM5 9h6v3H5z',
  'align-right': 'M14 2v12M4 4h8v3H4zM7 9h5v3H7z',
  'align-top': 'M2 2h12M4 4h3v8H4zM9 4h3v5H9z',
  'align-middle': 'M2 8h12M4 3h3v10H4zM9 5h3v6H9z',
  'align-bottom': 'M2 14h12M4 4h3v8H4zM9 7h3v5H9z',
  'distribute-horizontal': 'M2 2v12M14 2v12M5 5h2v6H5zM9 5h2v6H9z',
  'distribute-vertical': 'M2 2h12M2 14h12M5 5h6v2H5zM5 9h6v2H5z',
  'stack-front': 'M5 5h8v8H5zM3 3h8v8',
  'stack-forward': 'M5 5h8v8H5zM3 3h8v2M3 3v8h2',
  'stack-backward': 'M3 3h8v8H3zM13 5v8H5',
  'stack-back': 'M3 3h8v8H3zM5 13h8V5',
  lock: 'M4 7h8v7H4zM6 7V5a2 2 0 0 1 4 0v2',
  unlock: 'M4 7h8v7H4zM6 7V5a2 2 0 0 1 4 0',
  group: 'M2 2h5v5H2zM9 9h5v5H9zM1 1h14v14H1z',
  ungroup: 'M2 2h5v5H2zM9 9h5v5H9z',
  duplicate: 'M5 5h8v8H5zM3 11V3h8',
  delete: 'M3 4h10M6 4V2h4v2M4 4l1 10h6l1-10',
};

export function Icon({ name }: { name: keyof typeof PATHS }): ReactNode {
  return (
    <svg className="icon" width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth={1.3} strokeLinejoin="round" />
    </svg>
  );
}
