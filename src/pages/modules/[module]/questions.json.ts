/** A module's questions as JSON, fetched by the wrong-answer book and the exam-paper builder for the modules they need. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site';
import { moduleExamQuestions } from '../../../data/quiz';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  return site.modules.map((module) => ({ params: { module: module.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  return new Response(JSON.stringify(moduleExamQuestions(site, params.module!)), {
    headers: { 'content-type': 'application/json' },
  });
};
