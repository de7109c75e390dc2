import type { APIRoute } from 'astro';
import { resolverRecords } from '../../lib/codeIndex.ts';
import { buildSiteCodeIndex } from './codes.json.ts';

/** The slice of /api/codes.json that resolving a paste needs: what the in-page search loads. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ version: 1, codes: resolverRecords(await buildSiteCodeIndex()) }), {
    headers: { 'Content-Type': 'application/json' },
  });
