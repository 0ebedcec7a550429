import type { Platform } from '@/analyzers/kit/types';
import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';

export type { SiteAdapter };
export const ADAPTERS: Record<Platform, SiteAdapter> = {
  x: xAdapter,
  linkedin: linkedinAdapter,
  facebook: facebookAdapter,
};
