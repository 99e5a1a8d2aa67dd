// The site the job-family pages are published on, given at build time
// (`SOURCE_URL=https://handbook.gitlab.com npm run build`). Site-relative links in
// page text ("/handbook/values/") lead there; without it they stay text.
import { normalizeSourceUrl } from '@/model/page-links';

export const SOURCE_URL: string = normalizeSourceUrl(import.meta.env.SOURCE_URL as string | undefined);
