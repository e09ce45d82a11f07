import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../../platform/errors/app-error.js';
import { City, Partnership, Topic } from './partnership.schema.js';
import type { PartnershipService } from './partnership.service.js';

export const partnershipRoutes: FastifyPluginAsyncTypebox<{ partnership: PartnershipService }> = async (
  app,
  { partnership },
) => {
  app.get(
    '/api/cities',
    {
      config: { access: 'public' },
      schema: { tags: ['partnership'], summary: 'The member cities', response: { 200: Type.Array(City) } },
    },
    async () => partnership.listCities(),
  );

  app.get(
    '/api/partnership',
    {
      config: { access: 'public' },
      schema: {
        tags: ['partnership'],
        summary: 'The partnership: cities, term and topic vocabulary',
        response: { 200: Partnership },
      },
    },
    async () => {
      const found = await partnership.getPartnership();
      if (found === undefined) throw new AppError('NOT_FOUND');
      return found;
    },
  );

  app.get(
    '/api/topics',
    {
      config: { access: 'public' },
      schema: {
        tags: ['partnership'],
        summary: 'The shared topic vocabulary',
        response: { 200: Type.Array(Topic) },
      },
    },
    async () => (await partnership.getPartnership())?.topics ?? [],
  );
};
